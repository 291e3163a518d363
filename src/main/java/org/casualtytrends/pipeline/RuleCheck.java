package org.casualtytrends.pipeline;

import org.casualtytrends.annotate.AnnotationRules;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.events.EventClusterer;
import org.casualtytrends.extract.IncidentExtractor;
import org.casualtytrends.geo.Gazetteer;

/**
 * Builds every stage's rule objects from the rule files, on the driver, before Spark starts: a rule a
 * file's format allows but its meaning does not (an unknown victim group, a town in an unknown
 * province) fails there, naming the file and line, instead of in the first task. The objects built
 * are kept for the tasks of this JVM.
 */
public final class RuleCheck {
    private RuleCheck() {
    }

    public static void check(RuleBundle rules) {
        Gazetteer.of(rules);
        AnnotationRules.of(rules);
        IncidentExtractor.of(rules);
        EventClusterer.of(rules);
    }
}
