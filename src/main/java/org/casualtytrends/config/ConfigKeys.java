package org.casualtytrends.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a user's configuration file may set: those of {@code reference.conf}, and any key under
 * the free-form maps ({@code casualty-trends.spark.settings}). Typesafe Config ignores a key it does
 * not know, so a misspelled one ({@code shufle-partitions}) would leave the default in force without
 * a word; here it fails before Spark starts, naming the key, its line and the nearest valid key.
 */
final class ConfigKeys {
    /** Maps whose keys are the user's own (Spark settings), not the job's. */
    private static final List<String> FREE_FORM = List.of("casualty-trends.spark.settings");
    /** A valid key this close (edits) to an unknown one is offered as what was meant. */
    private static final int MAX_SUGGESTION_DISTANCE = 3;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_SUGGESTION_DISTANCE);

    private ConfigKeys() {
    }

    /** Fails naming every key of {@code user} (a file's own keys, resolved) that {@code reference} does not document, with its line. */
    static void check(Config user, Config reference) {
        List<String> valid = paths(reference.root(), "");
        Set<String> unknown = new TreeSet<>();
        for (String path : paths(user.root(), "")) {
            String prefix = firstUnknownPrefix(path, reference);
            if (prefix != null) {
                unknown.add(prefix);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        for (String key : unknown) {
            int line = user.getValue(key).origin().lineNumber();
            named.add(key + (line > 0 ? " at line " + line : "") + nearest(key, valid).map(n -> " (did you mean " + n + "?)").orElse(""));
        }
        throw new IllegalArgumentException((unknown.size() == 1 ? "unknown key " : "unknown keys ") + String.join("; ", named)
                + ": the keys and their defaults are in reference.conf (README, Configuration)");
    }

    /** The shortest prefix of {@code path} that {@code reference} lacks (null: the path is known or free-form). */
    private static String firstUnknownPrefix(String path, Config reference) {
        List<String> elements = ConfigUtil.splitPath(path);
        for (int n = 1; n <= elements.size(); n++) {
            String prefix = ConfigUtil.joinPath(elements.subList(0, n));
            if (FREE_FORM.contains(prefix)) {
                return null;
            }
            if (!reference.hasPathOrNull(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** Every path of {@code object}: its objects and its values, so that a misspelled object is matched as one. */
    private static List<String> paths(ConfigObject object, String parent) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : object.entrySet()) {
            String path = parent.isEmpty() ? ConfigUtil.joinPath(entry.getKey()) : parent + "." + ConfigUtil.joinPath(entry.getKey());
            paths.add(path);
            if (entry.getValue().valueType() == ConfigValueType.OBJECT && !FREE_FORM.contains(path)) {
                paths.addAll(paths((ConfigObject) entry.getValue(), path));
            }
        }
        return paths;
    }

    private static Optional<String> nearest(String unknown, List<String> valid) {
        return valid.stream()
                .filter(v -> DISTANCE.apply(unknown, v) >= 0)
                .min(Comparator.comparingInt((String v) -> DISTANCE.apply(unknown, v)).thenComparing(Comparator.naturalOrder()));
    }
}
