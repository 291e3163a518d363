package org.casualtytrends.report;

import org.casualtytrends.testing.GeneratedOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables as a DuckDB user meets them: every query of README's DuckDB section runs, in order,
 * through DuckDB's JDBC driver over a fresh output and returns rows; every column has the type
 * README's tables document; and the points that once surprised a DuckDB reader stay fixed
 * ({@code year} an integer with no null partition, {@code events.published_date} present).
 */
class DuckDbReadmeQueriesTest {
    private static final Path README = Path.of("README.md");
    private static final List<String> TABLES = List.of("articles", "incidents", "events", "casualty_trends");
    private static final Map<String, String> DUCKDB_TYPES = Map.of("string", "VARCHAR", "date", "DATE", "int", "INTEGER",
            "long", "BIGINT", "boolean", "BOOLEAN", "double", "DOUBLE", "array of string", "VARCHAR[]");

    static String readme;
    static Path output;

    @BeforeAll
    static void readReadmeAndMakeTheOutput() throws IOException {
        readme = Files.readString(README, StandardCharsets.UTF_8);
        output = GeneratedOutput.get().output();
    }

    @Test
    void theReadmeQueriesRunAndTheTablesHaveTheDocumentedTypes() throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
            List<String> views = new ArrayList<>();
            for (String query : duckDbQueries()) {
                String runnable = query.replace("'out/", "'" + output + "/");
                if (sql.execute(runnable)) {
                    try (ResultSet rows = sql.getResultSet()) {
                        assertTrue(rows.next(), "rows from\n" + query);
                    }
                } else {
                    Matcher view = Pattern.compile("create view (\\w+)").matcher(query);
                    assertTrue(view.find(), "a statement that is not a query makes a view:\n" + query);
                    views.add(view.group(1));
                }
            }
            assertEquals(TABLES, views, "README reads every table");
            for (String table : TABLES) {
                assertEquals(documented(table), described(sql, table), "the columns and types of " + table);
            }
        }
    }

    /** articles.year: no null partition folder, an integer to any reader, 0 exactly where there is no date. */
    @Test
    void yearIsAnIntegerPartitionWithoutNulls() throws SQLException, IOException {
        for (String table : List.of("articles", "incidents", "events")) {
            try (Stream<Path> partitions = Files.list(output.resolve(table))) {
                List<String> names = partitions.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
                assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.matches("year=\\d+")), table + " partitions " + names);
            }
        }
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
            // Read as a user would without README's hive_types: DuckDB guesses BIGINT, and arithmetic works.
            String plain = "read_parquet('" + output + "/articles/*/*.parquet', hive_partitioning = true)";
            assertEquals("BIGINT", one(sql, "select distinct typeof(year) from " + plain));
            assertTrue(Long.parseLong(one(sql, "select max(year + 1) from " + plain)) > 2000);
            createViews(sql);
            assertEquals("0", one(sql, "select count(*) from articles where year is null or year <> coalesce(year(published_date), 0)"));
            assertEquals("rejected", one(sql, "select string_agg(distinct status) from articles where year = 0"));
            assertEquals("0", one(sql, "select count(*) from incidents where year <> year(event_date)"));
            assertEquals("0", one(sql, "select count(*) from events where year <> year(event_date)"));
        }
    }

    /** The nulls README documents, and the nested evidence behind the counts. */
    @Test
    void nullsAreWhereReadmeSaysAndEveryCountHasItsEvidence() throws SQLException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duckdb.createStatement()) {
            createViews(sql);
            assertEquals("0", one(sql, "select count(*) from articles where article_id is null or status is null or run_id is null"));
            assertEquals("0", one(sql, "select count(*) from articles where published_date is null and status <> 'rejected'"));
            // "Counts are null when the article gives no figure of that kind": a count exactly where a figure of its kind is.
            for (String kind : List.of("killed", "injured", "captured")) {
                assertEquals("0", one(sql, "select count(*) from incidents where (" + kind + "_best is null) = "
                        + "(len(list_filter(evidence, e -> e.kind = '" + kind + "')) > 0)"), kind);
            }
            assertEquals("0", one(sql, "select count(*) from incidents where len(evidence) = 0 or list_contains("
                    + "list_transform(evidence, e -> e.sentence is null or e.\"begin\" >= e.\"end\"), true)"));
            // events.published_date: the founding (earliest published) report's.
            assertEquals("0", one(sql, "select count(*) from events where published_date is null or published_date <> first_reported"));
            // casualty_trends: events with no known province are counted in a row of their own, province null.
            assertEquals("1", one(sql, "select count(*) from casualty_trends where province is null and province_code is null"));
        }
    }

    private static void createViews(Statement sql) throws SQLException {
        for (String query : duckDbQueries()) {
            if (query.startsWith("create view")) {
                sql.execute(query.replace("'out/", "'" + output + "/"));
            }
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            return rows.getString(1);
        }
    }

    /** The {@code sql} blocks of README's "With DuckDB" section, in order. */
    private static List<String> duckDbQueries() {
        String section = section("### With DuckDB", "\n## ");
        List<String> queries = new ArrayList<>();
        Matcher block = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            queries.add(block.group(1).trim());
        }
        return queries;
    }

    /** Column name to DuckDB type, as README's table of {@code table} documents them. */
    private static Map<String, String> documented(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (table.equals("events")) {
            columns.putAll(documented("incidents"));
            columns.remove("article_id");
            columns.remove("incident_id");
        }
        rows(section("### `" + table + "`", "\n###")).forEach((name, type) ->
                columns.put(name, type.equals("array of struct") ? evidenceType() : DUCKDB_TYPES.get(type)));
        assertTrue(!columns.containsValue(null), table + " documents a type DuckDB has no name for here: " + columns);
        return columns;
    }

    /** {@code STRUCT(sentence VARCHAR, ...)[]}, from README's table of the evidence fields. */
    private static String evidenceType() {
        return rows(section("The fields of an `evidence` struct", "\n###")).entrySet().stream()
                .map(f -> f.getKey() + " " + DUCKDB_TYPES.get(f.getValue()))
                .collect(Collectors.joining(", ", "STRUCT(", ")[]"));
    }

    private static Map<String, String> described(Statement sql, String view) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery("describe " + view)) {
            while (rows.next()) {
                columns.put(rows.getString("column_name"), rows.getString("column_type").replace("\"", ""));
            }
        }
        // Order is not documented (Spark appends some columns after the incident fields): compare as documented.
        Map<String, String> ordered = new LinkedHashMap<>();
        documented(view).keySet().forEach(name -> {
            if (columns.containsKey(name)) {
                ordered.put(name, columns.remove(name));
            }
        });
        ordered.putAll(columns);
        return ordered;
    }

    /** The rows of the first Markdown table of a section: each name in the first cell, with the second cell. */
    private static Map<String, String> rows(String section) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            String[] cells = line.split(" \\| ");
            Matcher name = Pattern.compile("`(\\w+)`").matcher(cells[0]);
            while (name.find()) {
                rows.put(name.group(1), cells[1].trim());
            }
        }
        assertTrue(!rows.isEmpty(), "a table in\n" + section);
        return rows;
    }

    private static String section(String heading, String next) {
        int start = readme.indexOf(heading);
        assertTrue(start >= 0, "README has " + heading);
        int end = readme.indexOf(next, start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
