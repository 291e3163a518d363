package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Afghan provinces and their districts from the project's gazetteer, with the capitals and conflict weights
 * of conf/bench/provincial-capitals.txt.
 */
final class AfghanPlaces {

    /**
     * A province: its gazetteer name, the other plain-ASCII spellings the gazetteer lists (news copy writes
     * "Helmand" for "Hilmand"), its capital and its districts.
     */
    record Province(String name, List<String> otherSpellings, String capital, List<String> districts) {
        String spelling(SplittableRandom random) {
            int i = random.nextInt(otherSpellings.size() + 1);
            return i == otherSpellings.size() ? name : otherSpellings.get(i);
        }

        String district(SplittableRandom random) {
            return districts.get(random.nextInt(districts.size()));
        }
    }

    private final List<Province> provinces;
    private final WeightedChoice<Province> conflictScenes;

    private AfghanPlaces(List<Province> provinces, WeightedChoice<Province> conflictScenes) {
        this.provinces = provinces;
        this.conflictScenes = conflictScenes;
    }

    static AfghanPlaces load(String provincesTsv, String districtsTsv, String capitalsTable) {
        Map<String, List<String>> districtsByCode = new HashMap<>();
        for (Map<String, String> district : TsvRecords.read(districtsTsv, List.of("adm1_pcode", "adm2_name"))) {
            districtsByCode.computeIfAbsent(district.get("adm1_pcode"), code -> new ArrayList<>()).add(district.get("adm2_name"));
        }
        Map<String, ConfTable.Row> capitals = new LinkedHashMap<>();
        for (ConfTable.Row row : ConfTable.read(capitalsTable, 3).rows()) {
            capitals.put(row.field(0), row);
        }
        List<Province> provinces = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Map<String, String> record : TsvRecords.read(provincesTsv, List.of("adm1_pcode", "adm1_name", "alt_names"))) {
            String name = record.get("adm1_name");
            ConfTable.Row capital = capitals.remove(name);
            if (capital == null) {
                throw new IllegalArgumentException(capitalsTable + ": no line for province " + name);
            }
            List<String> districts = districtsByCode.get(record.get("adm1_pcode"));
            if (districts == null) {
                throw new IllegalArgumentException(districtsTsv + ": no districts for " + record.get("adm1_pcode"));
            }
            provinces.add(new Province(name, newsSpellings(record.get("alt_names"), name), capital.field(1), List.copyOf(districts)));
            weights.add((double) capital.intField(2));
        }
        if (!capitals.isEmpty()) {
            throw capitals.values().iterator().next().error("not a province of " + provincesTsv);
        }
        return new AfghanPlaces(List.copyOf(provinces), WeightedChoice.of(provinces, weights));
    }

    /** Any province, uniformly. */
    Province anyProvince(SplittableRandom random) {
        return provinces.get(random.nextInt(provinces.size()));
    }

    /** A province drawn by how often it is the scene of fighting. */
    Province conflictProvince(SplittableRandom random) {
        return conflictScenes.pick(random);
    }

    /** A province other than this one, for a background incident. */
    Province otherProvince(Province not, SplittableRandom random) {
        Province other = conflictScenes.pick(random);
        return other.equals(not) ? provinces.get((provinces.indexOf(not) + 1) % provinces.size()) : other;
    }

    /** Alternate spellings as an English news story would print them: plain ASCII, every word capitalised. */
    private static List<String> newsSpellings(String altNames, String name) {
        List<String> spellings = new ArrayList<>();
        for (String alt : altNames.split("\\|")) {
            String spelling = alt.strip();
            if (!spelling.isEmpty() && !spelling.equals(name) && spelling.chars().allMatch(c -> c < 128)
                    && Arrays.stream(spelling.split(" ")).allMatch(word -> Character.isUpperCase(word.charAt(0)))) {
                spellings.add(spelling);
            }
        }
        return List.copyOf(spellings);
    }
}
