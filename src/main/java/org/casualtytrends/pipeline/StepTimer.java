package org.casualtytrends.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The time of each step of a run, in the order the steps ended, for the summary and the manifest
 * ({@code millisByStep}). A step runs from the end of the previous one (the first from the start of
 * the run); {@code total} from the start to the moment it is asked for, on success and on failure.
 */
final class StepTimer {
    private final long start = System.currentTimeMillis();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long stepStart = start;

    /** Ends the step that ran since the previous one ended. */
    void endStep(String step) {
        long now = System.currentTimeMillis();
        millis.put(step, now - stepStart);
        stepStart = now;
    }

    /** The steps ended so far, then {@code total}. */
    Map<String, Long> withTotal() {
        Map<String, Long> all = new LinkedHashMap<>(millis);
        all.put("total", System.currentTimeMillis() - start);
        return all;
    }
}
