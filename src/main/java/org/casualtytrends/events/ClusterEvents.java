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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

/**
 * Stage 5: incident reports to events. Reports with a casualty figure are blocked by country and
 * province (one group each, shuffled by key) and clustered within the block by
 * {@link EventClusterer}, whose sweep over dates keeps the cost near-linear: no pair of reports
 * from different blocks is ever compared. Spark sorts each block by window start (spilling to disk
 * when it must) and the sweep streams over it: a task holds the events still open, not the block,
 * so memory does not grow with the years of a province.
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
        Column windowStart = coalesce(col("date_start"), col("event_date"), col("date_end"));
        return incidents.where(anyFigure)
                .groupByKey((MapFunction<Row, String>) r -> r.getAs("country") + "|" + r.getAs("province_code"), Encoders.STRING())
                .flatMapSortedGroups(new Column[] {windowStart.asc_nulls_last()},
                        (FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> new Swept(rows, EventClusterer.of(rules).sweep()),
                        Encoders.row(Schemas.EVENT));
    }

    /** The events of one block's rows (in order of window start), handed out as the sweep closes them. */
    private static final class Swept implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final EventClusterer.Sweep sweep;
        private final Deque<Event> closed = new ArrayDeque<>();
        private boolean finished;

        Swept(Iterator<Row> rows, EventClusterer.Sweep sweep) {
            this.rows = rows;
            this.sweep = sweep;
        }

        @Override
        public boolean hasNext() {
            while (closed.isEmpty() && !finished) {
                if (rows.hasNext()) {
                    Row r = rows.next();
                    closed.addAll(sweep.add(new Report(IncidentRows.fromRow(r), r.<java.sql.Date>getAs("published_date").toLocalDate())));
                } else {
                    closed.addAll(sweep.finish());
                    finished = true;
                }
            }
            return !closed.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return toRow(closed.poll());
        }
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
