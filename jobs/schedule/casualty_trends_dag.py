"""casualty-trends, daily: an incremental run over the previous day's archive folder.

Airflow 2.4+ with apache-airflow-providers-apache-spark. The connection `spark_casualty_trends`
names the cluster (host spark://spark-master:7077, yarn, or k8s://https://...); the Airflow worker
needs spark-submit and Java 17. The application jar is target/casualty-trends-<version>-app.jar of
`mvn -DskipTests package`, copied to the worker. A run exits 1 when it failed (its previous tables
intact, its manifest in <output>/_runs/) and 2 on wrong arguments or configuration: both fail the task.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

with DAG(
    dag_id="casualty_trends_daily",
    schedule="15 2 * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    # Runs into one output must not overlap; an incremental rerun of a day is harmless.
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=20)},
) as dag:
    SparkSubmitOperator(
        task_id="casualty_trends_incremental",
        conn_id="spark_casualty_trends",
        application="/opt/casualty-trends/casualty-trends-app.jar",
        java_class="org.casualtytrends.cli.Main",
        name="casualty-trends",
        executor_memory="4g",
        # Settings given here win over the job's configuration and its defaults.
        conf={"spark.sql.shuffle.partitions": "64"},
        application_args=[
            "run",
            "--incremental",
            # {{ ds }}: the start of the data interval, the day before this run.
            "--input", "hdfs:///news/archive/{{ ds }}",
            "--output", "hdfs:///conflict/casualty-trends",
        ],
    )
