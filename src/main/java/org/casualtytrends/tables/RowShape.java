package org.casualtytrends.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A row-by-row step from one schema to another: each output column takes the input column of its
 * name, the others start null for the step to set. What the annotation and extraction stages share:
 * both copy an article's columns, change a few and add their own.
 */
public final class RowShape implements Serializable {
    private final StructType to;
    /** For each output column, the index of the input column of its name, or -1. */
    private final int[] from;

    public RowShape(StructType from, StructType to) {
        List<String> inputs = Arrays.asList(from.fieldNames());
        this.to = to;
        this.from = Arrays.stream(to.fieldNames()).mapToInt(inputs::indexOf).toArray();
    }

    /** The output row's values: {@code row}'s by column name, null where the input has no such column. */
    public Object[] values(Row row) {
        Object[] out = new Object[from.length];
        for (int i = 0; i < from.length; i++) {
            out[i] = from[i] >= 0 ? row.get(from[i]) : null;
        }
        return out;
    }

    /** The position of an output column in {@link #values}. */
    public int index(String column) {
        return to.fieldIndex(column);
    }
}
