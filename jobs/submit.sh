#!/usr/bin/env bash
# Submits casualty-trends to a Spark cluster with spark-submit: standalone (spark://), YARN (yarn)
# or Kubernetes (k8s://). One application jar for all three, built when missing.
#
#   jobs/submit.sh --master URL [spark-submit options...] run --input PATH... --output DIR [--config FILE] [--incremental]
#   jobs/submit.sh --master URL [spark-submit options...] evaluate --gold FILE --input PATH...
#
# Everything before the command (run, evaluate) goes to spark-submit: --conf key=value,
# --executor-memory, --num-executors, --properties-file ... What is set there (or in the cluster's
# spark-defaults.conf) wins over the job's --config and its defaults (conf/spark-defaults.conf).
#
# The driver runs here (client mode, the default): it reads --config and the rule files it names and
# sends their contents to the executors. With --deploy-mode cluster the driver runs on the cluster,
# so a --config file is shipped with --files and named there by its file name (YARN localises it in
# the driver's working folder). Inputs and the output must be reachable from every executor:
# hdfs://, s3a://, gs://, or file:// on a file system mounted at the same path on every node.
#
# spark-submit: $SPARK_HOME/bin/spark-submit, else the one on the PATH. The jar:
# $CASUALTY_TRENDS_APP_JAR, else target/casualty-trends-<version>-app.jar (built with Maven if missing).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() { echo "submit.sh: $*" >&2; exit 2; }

submit="${SPARK_HOME:+$SPARK_HOME/bin/}spark-submit"
command -v "$submit" > /dev/null || fail "spark-submit not found: set SPARK_HOME or put spark-submit on the PATH"

jar="${CASUALTY_TRENDS_APP_JAR:-}"
if [ -z "$jar" ]; then
  jar="$(ls "$home"/target/casualty-trends-*-app.jar 2> /dev/null | head -1 || true)"
  if [ -z "$jar" ]; then
    echo "submit.sh: building the application jar ..." >&2
    (cd "$home" && mvn -q -B -DskipTests package) >&2
    jar="$(ls "$home"/target/casualty-trends-*-app.jar | head -1)"
  fi
fi
[ -f "$jar" ] || fail "application jar not found: $jar"

spark_args=()
files=""
cluster_mode=false
while [ $# -gt 0 ] && [ "$1" != run ] && [ "$1" != evaluate ]; do
  case "$1" in
    --files) files="${2:-}"; shift 2; continue ;;
    --deploy-mode) [ "${2:-}" = cluster ] && cluster_mode=true ;;
    spark.submit.deployMode=cluster) cluster_mode=true ;;
  esac
  spark_args+=("$1")
  shift
done
[ $# -gt 0 ] || fail "name a command after the spark-submit options: run or evaluate (jobs/submit.sh --master URL run --input ... --output ...)"

job_args=()
while [ $# -gt 0 ]; do
  if [ "$1" = --config ] && [ $# -ge 2 ] && $cluster_mode; then
    [ -f "$2" ] || fail "configuration file not found: $2"
    files="${files:+$files,}$2"
    job_args+=(--config "$(basename "$2")")
    shift 2
  else
    job_args+=("$1")
    shift
  fi
done

[ -z "$files" ] || spark_args+=(--files "$files")
exec "$submit" --class org.casualtytrends.cli.Main --name casualty-trends "${spark_args[@]}" "$jar" "${job_args[@]}"
