package org.casualtytrends.annotate;

import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The broadcast annotators: the driver's own in its JVM, the same annotations from their bytes elsewhere. */
class BroadcastAnnotatorTest {
    @Test
    void inTheJvmThatBuiltThemTheyAreTheDriversAndFromTheirBytesTheyAnnotateAlike() {
        SentenceAnnotator built = SentenceAnnotator.of(RuleBundle.packaged());
        BroadcastAnnotator broadcast = new BroadcastAnnotator(built);

        assertSame(built, broadcast.get());
        assertSame(built, broadcast.get());

        SentenceAnnotator read = broadcast.deserialized();
        assertNotSame(built, read);
        List<Sentence> sentences = AnnotationRules.of(RuleBundle.packaged()).splitter()
                .split("A roadside bomb killed two soldiers in Kandahar province on Monday. Rain fell in Mosul.");
        SentenceAnnotator.Found expected = built.annotate(sentences);
        assertFalse(expected.places().isEmpty());
        assertEquals(expected, read.annotate(sentences));
    }
}
