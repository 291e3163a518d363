package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The nouns that figures count, by group (conf/bench/casualty-nouns.txt). */
final class CasualtyNouns {
    private final Map<String, List<NounPair>> byGroup;

    private CasualtyNouns(Map<String, List<NounPair>> byGroup) {
        this.byGroup = byGroup;
    }

    static CasualtyNouns load(String location) {
        Map<String, List<NounPair>> byGroup = new LinkedHashMap<>();
        for (ConfTable.Row row : ConfTable.read(location, 3).rows()) {
            byGroup.computeIfAbsent(row.field(0), group -> new ArrayList<>()).add(new NounPair(row.field(1), row.field(2)));
        }
        return new CasualtyNouns(byGroup);
    }

    boolean hasGroup(String group) {
        return byGroup.containsKey(group);
    }

    NounPair pick(String group, SplittableRandom random) {
        List<NounPair> nouns = byGroup.get(group);
        if (nouns == null) {
            throw new IllegalStateException("conf/bench/casualty-nouns.txt has no nouns of group " + group);
        }
        return nouns.get(random.nextInt(nouns.size()));
    }
}
