#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, on 127.0.0.1: a master and workers, each its own
# JVM, executors launched by the workers. For trying jobs/submit.sh and for the integration test.
#
#   jobs/local-cluster.sh start [--dir DIR] [--port P] [--workers N] [--worker-cores C] [--worker-memory M]
#   jobs/local-cluster.sh stop  [--dir DIR]
#
# start prints the master URL (also in DIR/master-url) and the SPARK_HOME to submit with; stop ends
# exactly the processes start began (their ids are in DIR/pids) and the executors their workers
# launched (processes working under DIR/work), nothing else. start first stops what an earlier start
# with the same DIR left running. Defaults: DIR target/local-cluster, port 7077 (0: any free port;
# Spark moves to the next free port when it is taken), 2 workers of 1 core and 1g.
#
# No Spark download is needed: SPARK_HOME (target/spark-home, or $CT_SPARK_HOME) is built once from
# the local Maven repository: jars/ with Spark's own runtime libraries (jobs/spark-home/pom.xml, the
# versions of pom.xml), a RELEASE file, and bin/spark-class + bin/spark-submit that run Spark's own
# launcher as a Spark distribution's scripts do. With a real Spark installation, point CT_SPARK_HOME at it.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { sed -n '5,6p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2; exit 2; }
[ $# -ge 1 ] || usage
action="$1"; shift
dir="$home/target/local-cluster"; port=7077; workers=2; worker_cores=1; worker_memory=1g
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --worker-cores) worker_cores="$2"; shift 2 ;;
    --worker-memory) worker_memory="$2"; shift 2 ;;
    *) echo "local-cluster.sh: unknown option $1" >&2; usage ;;
  esac
done
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
spark_home="${CT_SPARK_HOME:-$home/target/spark-home}"
# Every daemon carries this marker on its command line: stop never touches a process without it.
marker="-Dcasualty-trends.local-cluster=$dir"
timeout_s="${CT_CLUSTER_TIMEOUT:-120}"

pom_property() { sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" "$home/pom.xml" | head -1; }

build_spark_home() {
  local spark_version scala_binary built="from the local Maven repository"
  spark_version="$(pom_property spark.version)"
  scala_binary="$(pom_property scala.binary)"
  if [ ! -f "$spark_home/RELEASE" ]; then
    echo "local-cluster.sh: building $spark_home $built ..." >&2
    rm -rf "$spark_home"
    mkdir -p "$spark_home"
    if ! mvn -q -B -f "$home/jobs/spark-home/pom.xml" -Dspark.version="$spark_version" -Dscala.binary="$scala_binary" \
        dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$spark_home/jars" > "$dir/spark-home-build.log" 2>&1; then
      cat "$dir/spark-home-build.log" >&2
      exit 1
    fi
    echo "Spark $spark_version (Scala $scala_binary) $built" > "$spark_home/RELEASE"
  fi
  # A real Spark installation keeps its own scripts; ours are rewritten, so they follow this script.
  grep -qF "$built" "$spark_home/RELEASE" || return 0
  mkdir -p "$spark_home/bin" "$spark_home/conf"
  # As bin/spark-class of a distribution: Spark's launcher library prints the java command line
  # (class path, --add-opens, memory, conf/): messages, a line holding a NUL, then the arguments
  # separated by NULs. Read from a file, not a process substitution: that subshell would stay a
  # zombie child of the daemon the script becomes.
  cat > "$spark_home/bin/spark-class" <<'SCRIPT'
#!/usr/bin/env bash
set -euo pipefail
export SPARK_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SPARK_CONF_DIR="${SPARK_CONF_DIR:-$SPARK_HOME/conf}"
if [ -f "$SPARK_CONF_DIR/spark-env.sh" ]; then set -a; . "$SPARK_CONF_DIR/spark-env.sh"; set +a; fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launch="$(mktemp)"
trap 'rm -f "$launch"' EXIT
if ! "$java" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main "$@" > "$launch"; then
  tr '\0' '\n' < "$launch" >&2
  exit 1
fi
cmd=()
delim=$'\n'
while IFS= read -r -d "$delim" arg; do
  if [ "$delim" = "" ]; then cmd+=("$arg")
  elif [ "$arg" = "" ]; then delim=""
  else echo "$arg"
  fi
done < "$launch"
rm -f "$launch"
trap - EXIT
exec "${cmd[@]}"
SCRIPT
  printf '#!/usr/bin/env bash\nexec "$(dirname "${BASH_SOURCE[0]}")/spark-class" org.apache.spark.deploy.SparkSubmit "$@"\n' > "$spark_home/bin/spark-submit"
  chmod +x "$spark_home/bin/spark-class" "$spark_home/bin/spark-submit"
  # Everything on the loopback interface; the launcher needs the Scala version without a build tree.
  printf 'SPARK_SCALA_VERSION=%s\nSPARK_LOCAL_IP=127.0.0.1\nSPARK_LOCAL_HOSTNAME=127.0.0.1\n' "$scala_binary" > "$spark_home/conf/spark-env.sh"
}

# The process ids start recorded, still alive and still ours.
our_daemons() {
  [ -f "$dir/pids" ] || return 0
  local pid
  while read -r pid; do
    # The java daemon carries the marker; before it replaces spark-class, the script's path tells.
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -e "$marker" -e "$spark_home/bin/spark-class"; then
      echo "$pid"
    fi
  done < "$dir/pids"
}

# Executors the workers launched: processes whose working directory is under DIR/work.
our_executors() {
  local p cwd
  for p in /proc/[0-9]*; do
    cwd="$(readlink "$p/cwd" 2>/dev/null || true)"
    case "$cwd" in "$dir/work/"*) echo "${p#/proc/}" ;; esac
  done
}

# Sends TERM, waits up to 15 s, then KILL.
end_processes() {
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  local i pid alive
  for i in $(seq 1 30); do
    alive=()
    for pid in "$@"; do [ -d "/proc/$pid" ] && alive+=("$pid"); done
    [ ${#alive[@]} -eq 0 ] && return 0
    sleep 0.5
  done
  kill -KILL "${alive[@]}" 2>/dev/null || true
}

stop() {
  # Workers first (they end their executors), then the master, then any executor left behind.
  local daemons executors
  mapfile -t daemons < <(our_daemons | tac)
  end_processes "${daemons[@]}"
  mapfile -t executors < <(our_executors)
  end_processes "${executors[@]}"
  rm -f "$dir/pids" "$dir/master-url"
}

# Waits until FILE holds PATTERN at least COUNT times; fails after the timeout, showing the log.
wait_for() {
  local file="$1" pattern="$2" count="$3" deadline=$((SECONDS + timeout_s))
  while [ "$(grep -cE "$pattern" "$file" 2>/dev/null || true)" -lt "$count" ]; do
    if [ $SECONDS -ge $deadline ]; then
      echo "local-cluster.sh: timed out after ${timeout_s}s waiting for '$pattern' in $file:" >&2
      tail -20 "$file" >&2 || true
      stop
      exit 1
    fi
    sleep 0.5
  done
}

start() {
  stop
  build_spark_home
  rm -rf "$dir/logs" "$dir/work"
  mkdir -p "$dir/logs" "$dir/work"
  export SPARK_DAEMON_JAVA_OPTS="$marker ${SPARK_DAEMON_JAVA_OPTS:-}"
  export SPARK_DAEMON_MEMORY="${SPARK_DAEMON_MEMORY:-512m}"
  "$spark_home/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port 0 > "$dir/logs/master.log" 2>&1 &
  echo $! >> "$dir/pids"
  wait_for "$dir/logs/master.log" 'Starting Spark master at spark://' 1
  local url
  url="$(grep -oE 'spark://[0-9.]+:[0-9]+' "$dir/logs/master.log" | head -1)"
  local i
  for i in $(seq 1 "$workers"); do
    "$spark_home/bin/spark-class" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --port 0 --webui-port 0 --cores "$worker_cores" --memory "$worker_memory" \
      --work-dir "$dir/work/worker-$i" "$url" > "$dir/logs/worker-$i.log" 2>&1 &
    echo $! >> "$dir/pids"
  done
  wait_for "$dir/logs/master.log" 'Registering worker' "$workers"
  echo "$url" > "$dir/master-url"
  echo "master $url ($workers workers, $worker_cores core(s) and $worker_memory each; logs in $dir/logs)"
  echo "SPARK_HOME=$spark_home"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
