package org.casualtytrends.pipeline;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.execution.datasources.binaryfile.BinaryFileFormat;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.LongAccumulator;
import scala.collection.JavaConverters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

/**
 * What the driver tells whoever follows a run (the cli's progress lines, Spark's UI), through
 * Spark's own channels so that nothing here knows who listens: each step's name as the description
 * of the Spark jobs it starts, the size of the input as job properties, and the articles extracted
 * so far as a named accumulator, which executors report with their heartbeats while tasks run.
 */
public final class RunProgress {
    /** The accumulator counting articles extracted (one per input article, file or JSON line, rejected ones included). */
    public static final String ARTICLES = "casualty-trends.articles";
    /** Job properties: the input files Spark lists and their bytes, for the jobs of the step that reads them. */
    public static final String INPUT_FILES = "casualty-trends.input.files";
    public static final String INPUT_BYTES = "casualty-trends.input.bytes";

    private RunProgress() {
    }

    /** The step that starts: it names the Spark jobs started from here on (on this thread). */
    public static void step(SparkSession spark, String name) {
        describe(spark.sparkContext(), name);
    }

    /** The run (or the command) is over: later jobs (a test's, a notebook's) are not its steps. */
    public static void end(SparkSession spark) {
        describe(spark.sparkContext(), null);
    }

    private static void describe(SparkContext sc, String step) {
        sc.setJobDescription(step);
        sc.setLocalProperty(INPUT_FILES, null);
        sc.setLocalProperty(INPUT_BYTES, null);
    }

    /**
     * Records the files and bytes of the input {@code rawArticles} reads, from the listing Spark has
     * already made of them (no second listing).
     */
    static void input(SparkSession spark, Dataset<Row> rawArticles) {
        long files = 0;
        long bytes = 0;
        for (LogicalPlan leaf : JavaConverters.seqAsJavaList(rawArticles.queryExecution().analyzed().collectLeaves())) {
            if (leaf instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation fs
                    && fs.fileFormat() instanceof BinaryFileFormat && fs.location() instanceof PartitioningAwareFileIndex index) {
                files += index.allFiles().size();
                bytes += index.sizeInBytes();
            }
        }
        spark.sparkContext().setLocalProperty(INPUT_FILES, Long.toString(files));
        spark.sparkContext().setLocalProperty(INPUT_BYTES, Long.toString(bytes));
    }

    /**
     * {@code extracted} with each row counted as it passes: a filter that keeps every row (not
     * deterministic, so Spark neither moves nor drops it), on the article id alone so that the
     * articles are not converted to count them.
     */
    static Dataset<Row> counted(SparkSession spark, Dataset<Row> extracted) {
        LongAccumulator done = spark.sparkContext().longAccumulator(ARTICLES);
        UserDefinedFunction count = udf((UDF1<String, Boolean>) id -> {
            done.add(1);
            return true;
        }, DataTypes.BooleanType).asNondeterministic();
        return extracted.where(count.apply(col("article_id")));
    }
}
