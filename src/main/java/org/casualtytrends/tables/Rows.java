package org.casualtytrends.tables;

import java.util.ArrayList;
import java.util.List;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Values as Spark's row encoder wants them. */
public final class Rows {
    private Rows() {
    }

    /** A Scala Seq, for an array column. */
    public static Seq<Object> seq(List<?> values) {
        return JavaConverters.asScalaBuffer(new ArrayList<Object>(values)).toSeq();
    }
}
