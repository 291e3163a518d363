package org.casualtytrends.report;

import java.util.List;

/** The run the report follows, from its manifest ({@code _runs/<run id>.json}), as the page shows it. */
record RunView(String runId, String status, String configHash, String mode, List<String> inputs,
               List<LabelledCount> counts, List<LabelledCount> rejected, List<LabelledCount> steps) {
}
