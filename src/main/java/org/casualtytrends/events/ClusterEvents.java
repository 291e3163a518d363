package org.casualtytrends.events;

import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.tables.IncidentRows;
import org.casualtytrends.tables.Rows;
import org.casualtytrends.tables.Schemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Stage 5: incident reports to events. Reports with a casualty figure are blocked by country and
 * province (one group each, shuffled by key) and clustered within the block by
 * {@link EventClusterer}, whose sweep over dates keeps the cost near-linear: no pair of reports
 * from different blocks is ever compared.
 */
public final class ClusterEvents {
    private ClusterEvents() {
    }

    /**
     * @param incidents incident rows ({@link Schemas#INCIDENT} columns) with their article's {@code published_date}
     * @param rules     the rule files, for the table of compatible event types
     */
    public static Dataset<Row> apply(Dataset<Row> incidents, RuleBundle rules) {
        Column anyFigure = col("killed_best").isNotNull().or(col("injured_best").isNotNull())
                .or(col("missing_best").isNotNull()).or(col("captured_best").isNotNull());
        return incidents.where(anyFigure)
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("country") + "|" + r.getAs("province_code"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> cluster(rows, EventClusterer.of(rules)),
                        Encoders.row(Schemas.EVENT));
    }

    private static Iterator<Row> cluster(Iterator<Row> rows, EventClusterer clusterer) {
        List<Report> reports = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            reports.add(new Report(IncidentRows.fromRow(r), r.<java.sql.Date>getAs("published_date").toLocalDate()));
        }
        List<Row> events = new ArrayList<>();
        for (Event e : clusterer.cluster(reports)) {
            events.add(toRow(e));
        }
        return events.iterator();
    }

    /**
     * Schemas.EVENT is event_id, then the incident's fields after article_id and incident_id (its first two),
     * then published_date: the founding report's, the earliest published, so first_reported.
     */
    private static Row toRow(Event e) {
        Row incident = IncidentRows.toRow(e.merged());
        int fields = incident.size() - 2;
        Object[] values = new Object[1 + fields + 7];
        values[0] = e.eventId();
        for (int i = 0; i < fields; i++) {
            values[1 + i] = incident.get(i + 2);
        }
        int at = 1 + fields;
        values[at++] = e.firstReported() == null ? null : java.sql.Date.valueOf(e.firstReported());
        values[at++] = e.nReports();
        values[at++] = e.nArticles();
        values[at++] = e.firstReported() == null ? null : java.sql.Date.valueOf(e.firstReported());
        values[at++] = e.lastReported() == null ? null : java.sql.Date.valueOf(e.lastReported());
        values[at++] = Rows.seq(e.reportIds());
        values[at] = Rows.seq(e.articleIds());
        return RowFactory.create(values);
    }
}
