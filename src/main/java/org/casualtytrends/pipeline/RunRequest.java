package org.casualtytrends.pipeline;

import java.util.List;

/** What a run was asked to do: its inputs, its output folder, its id, and whether it builds on earlier runs. */
record RunRequest(List<String> inputs, String output, String runId, boolean incremental) {
}
