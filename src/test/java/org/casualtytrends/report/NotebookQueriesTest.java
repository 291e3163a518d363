package org.casualtytrends.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.casualtytrends.testing.GeneratedOutput;
import org.casualtytrends.testing.SharedSpark;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notebook cannot rot: it is well-formed nbformat 4, and every {@code spark.sql("""...""")}
 * of it runs here, through Spark SQL, over a fresh output of the job, with the parameters the
 * notebook sets, returning rows of the columns and types its {@code # returns:} line states.
 */
class NotebookQueriesTest {
    private static final Path NOTEBOOK = Path.of("notebooks/casualty_trends.ipynb");
    private static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");
    private static final Pattern QUERY = Pattern.compile("spark\\.sql\\(\"\"\"(.*?)\"\"\"(?:,\\s*args=\\{(.*?)})?\\)", Pattern.DOTALL);
    private static final Pattern RETURNS = Pattern.compile("^# returns: (.*)$", Pattern.MULTILINE);
    private static final Pattern ARG = Pattern.compile("\"(\\w+)\":\\s*(\\w+)");
    private static final Pattern PARAMETER = Pattern.compile("^(\\w+) = (\"[^\"]*\"|\\d+)", Pattern.MULTILINE);
    private static final Pattern MARKER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private static JsonNode notebook() throws IOException {
        return new ObjectMapper().readTree(NOTEBOOK.toFile());
    }

    /** The parts of the nbformat 4 schema Jupyter checks when it opens a notebook. */
    @Test
    void theNotebookIsWellFormedNbformat4() throws IOException {
        JsonNode nb = notebook();
        assertEquals(4, nb.path("nbformat").asInt());
        int minor = nb.path("nbformat_minor").asInt(-1);
        assertTrue(minor >= 4, "nbformat_minor " + minor);
        assertTrue(nb.path("metadata").isObject() && nb.path("cells").isArray());
        assertEquals("python", nb.path("metadata").path("kernelspec").path("language").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode cell : nb.path("cells")) {
            String type = cell.path("cell_type").asText();
            assertTrue(Set.of("code", "markdown", "raw").contains(type), "cell_type " + type);
            assertTrue(cell.path("metadata").isObject(), "cell metadata");
            assertTrue(cell.path("source").isTextual() || cell.path("source").isArray(), "cell source");
            cell.path("source").forEach(line -> assertTrue(line.isTextual()));
            if (minor >= 5) {
                String id = cell.path("id").asText();
                assertTrue(id.matches("[a-zA-Z0-9_-]{1,64}") && ids.add(id), "cell id " + id);
            }
            if (type.equals("code")) {
                assertTrue(cell.path("outputs").isArray() && cell.has("execution_count"), "code cell fields");
                assertTrue(cell.path("outputs").isEmpty(), "the notebook is committed without outputs");
            } else {
                assertFalse(cell.has("outputs"), type + " cell with outputs");
            }
        }
    }

    @Test
    void everyQueryRunsOverAFreshOutputWithTheTypesItStates() throws IOException {
        SparkSession spark = SharedSpark.get();
        Path output = GeneratedOutput.get().output();
        List<String> code = new ArrayList<>();
        notebook().path("cells").forEach(c -> {
            if (c.path("cell_type").asText().equals("code")) {
                code.add(source(c));
            }
        });
        // The load cell names the four tables; they are loaded here as it loads them.
        assertTrue(code.stream().anyMatch(c -> c.contains("createOrReplaceTempView")
                && TABLES.stream().allMatch(t -> c.contains("\"" + t + "\""))), "the cell that loads the tables");
        for (String table : TABLES) {
            spark.read().parquet(output.resolve(table).toString()).createOrReplaceTempView(table);
        }
        Map<String, Object> parameters = new HashMap<>();
        code.forEach(c -> parameters.putAll(parameters(c)));

        int queries = 0;
        for (String cell : code) {
            Matcher query = QUERY.matcher(cell);
            if (!query.find()) {
                continue;
            }
            queries++;
            String sql = query.group(1);
            String argList = query.group(2) == null ? "" : query.group(2);
            assertFalse(query.find(), "one query per cell:\n" + cell);
            Map<String, Object> args = new LinkedHashMap<>();
            Matcher arg = ARG.matcher(argList);
            while (arg.find()) {
                assertTrue(parameters.containsKey(arg.group(2)), "parameter " + arg.group(2) + " set in the notebook");
                args.put(arg.group(1), parameters.get(arg.group(2)));
            }
            Matcher marker = MARKER.matcher(sql);
            while (marker.find()) {
                assertTrue(args.containsKey(marker.group(1)), "argument for :" + marker.group(1) + " in\n" + cell);
            }
            Matcher returns = RETURNS.matcher(cell);
            assertTrue(returns.find(), "a '# returns:' line in\n" + cell);

            Dataset<Row> result = spark.sql(sql, args);
            String actual = java.util.Arrays.stream(result.schema().fields())
                    .map(StructField::name).map(n -> n + " " + result.schema().apply(n).dataType().simpleString())
                    .collect(Collectors.joining(", "));
            assertEquals(returns.group(1).trim(), actual, "columns and types of\n" + sql);
            assertTrue(result.count() > 0, "rows from\n" + sql);
        }
        assertEquals(4, queries, "the notebook's queries: trend, change, disputed, province x month");
    }

    private static String source(JsonNode cell) {
        if (cell.path("source").isTextual()) {
            return cell.path("source").asText();
        }
        StringBuilder s = new StringBuilder();
        cell.path("source").forEach(line -> s.append(line.asText()));
        return s.toString();
    }

    /** {@code NAME = "text"} or {@code NAME = 12} at the start of a line: the notebook's parameters. */
    private static Map<String, Object> parameters(String cell) {
        Map<String, Object> values = new HashMap<>();
        Matcher m = PARAMETER.matcher(cell);
        while (m.find()) {
            String value = m.group(2);
            values.put(m.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : Integer.valueOf(value));
        }
        return values;
    }
}
