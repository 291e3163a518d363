package org.casualtytrends.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.ConfFiles;
import org.casualtytrends.config.LexiconFile;

/**
 * Afghanistan's provinces and districts ({@code conf/gazetteer/afg_provinces.csv}, {@code afg_districts.csv},
 * OCHA 2021 p-codes with their older, ISO, ISAF and alternate spellings) and this project's towns
 * ({@code towns.csv}). Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final String DIR = ConfFiles.CLASSPATH + "conf/gazetteer/";
    /** The country's names, and the misspelling the press uses. */
    private static final List<String> COUNTRY_NAMES = List.of("Afghanistan", "Afganistan", "Afghan", "Afghans");
    /** "Nahr-e Saraj", "Nahr-i-Saraj": the connector of Dari names, spelt many ways. */
    private static final Pattern CONNECTOR = Pattern.compile("^(\\p{L}+)(?:-(?:e|i|ye|y)-|-(?:e|i|ye) | (?:e|i|ye|y) )(\\p{L}.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final int MIN_SKELETON = 3;

    private final List<String> surfaceForms;
    private final Map<String, List<Place>> byKey;
    private final Map<String, List<Place>> bySkeleton;

    private Gazetteer(List<String> surfaceForms, Map<String, List<Place>> byKey, Map<String, List<Place>> bySkeleton) {
        this.surfaceForms = List.copyOf(surfaceForms);
        this.byKey = Map.copyOf(byKey);
        this.bySkeleton = Map.copyOf(bySkeleton);
    }

    public static Gazetteer defaults() {
        return Defaults.GAZETTEER;
    }

    /** Every name and spelling to match in text (case-insensitively, on whole tokens). */
    public List<String> surfaceForms() {
        return surfaceForms;
    }

    /** The places a name may be (several for an ambiguous name), spelling normalised; empty when unknown. */
    public List<Place> lookup(String surface) {
        return byKey.getOrDefault(PlaceNames.key(surface), List.of());
    }

    /**
     * The provinces and districts a name the gazetteer does not spell this way may be, by its
     * transliteration skeleton ({@link PlaceNames#skeleton}); only names of three consonants or more.
     */
    public List<Place> lookupVariant(String name) {
        String skeleton = PlaceNames.skeleton(name);
        return skeleton.length() < MIN_SKELETON ? List.of() : bySkeleton.getOrDefault(skeleton, List.of());
    }

    // ------------------------------------------------------------------ loading

    private static final class Builder {
        /** Lower-cased form to the form as first written: the matcher ignores case, one spelling is enough. */
        final Map<String, String> forms = new LinkedHashMap<>();
        final Map<String, List<Place>> byKey = new HashMap<>();
        final Map<String, List<Place>> bySkeleton = new HashMap<>();
        final Map<String, Place> provinces = new LinkedHashMap<>();
        final Map<String, Place> districts = new LinkedHashMap<>();

        void add(String name, Place place, boolean variants) {
            String form = PARENTHESES.matcher(name).replaceAll(" ").strip();
            if (form.isEmpty()) {
                return;
            }
            forms.putIfAbsent(form.toLowerCase(Locale.ROOT), form);
            put(byKey, PlaceNames.key(form), place);
            if (variants && place.level() != Place.Level.COUNTRY) {
                put(bySkeleton, PlaceNames.skeleton(form), place);
                for (String variant : connectorVariants(form)) {
                    forms.putIfAbsent(variant.toLowerCase(Locale.ROOT), variant);
                    put(byKey, PlaceNames.key(variant), place);
                }
            }
        }

        static void put(Map<String, List<Place>> map, String key, Place place) {
            List<Place> places = map.computeIfAbsent(key, k -> new ArrayList<>());
            if (!places.contains(place)) {
                places.add(place);
            }
        }
    }

    /** "Nahr-e-Saraj" also as "Nahr-e Saraj", "Nahr-i-Saraj", "Nahr-i Saraj", "Nahr-ye Saraj", "Nahre Saraj", "Nahri Saraj". */
    static List<String> connectorVariants(String name) {
        Matcher m = CONNECTOR.matcher(name);
        if (!m.matches()) {
            return List.of();
        }
        String first = m.group(1);
        String rest = m.group(2);
        List<String> variants = new ArrayList<>();
        for (String connector : List.of("e", "i", "ye")) {
            variants.add(first + "-" + connector + "-" + rest);
            variants.add(first + "-" + connector + " " + rest);
        }
        variants.add(first + "e " + rest);
        variants.add(first + "i " + rest);
        return variants;
    }

    private static Gazetteer load() {
        Builder b = new Builder();
        Place afghanistan = new Place("Afghanistan", Place.Level.COUNTRY, null, null, null, null);
        COUNTRY_NAMES.forEach(name -> b.add(name, afghanistan, false));
        for (Map<String, String> row : csv(DIR + "afg_provinces.csv")) {
            Place province = new Place(row.get("adm1_name"), Place.Level.PROVINCE, row.get("adm1_pcode"), row.get("adm1_name"), null, null);
            b.provinces.put(province.provinceCode(), province);
            List<String> names = new ArrayList<>(List.of(row.get("adm1_name"), row.get("adm1_name_2018"), row.get("iso_3166_2_name")));
            String isaf = row.get("isaf_label");
            names.add(isaf.replace('_', ' '));
            names.add(isaf.replace('_', '-'));
            names.addAll(split(row.get("alt_names")));
            names.forEach(name -> b.add(name, province, true));
        }
        for (Map<String, String> row : csv(DIR + "afg_districts.csv")) {
            Place province = b.provinces.get(row.get("adm1_pcode"));
            Place district = new Place(row.get("adm2_name"), Place.Level.DISTRICT, province.provinceCode(), province.provinceName(),
                    row.get("adm2_pcode"), row.get("adm2_name"));
            b.districts.put(district.districtCode(), district);
            List<String> names = new ArrayList<>(List.of(row.get("adm2_name"), row.get("aims_2014_name")));
            for (String name : row.get("adm2_name_2018").split(" / ")) {
                names.add(name);
            }
            names.addAll(split(row.get("alt_names")));
            names.addAll(split(row.get("mechanical_variants")));
            names.forEach(name -> b.add(name, district, true));
        }
        loadTowns(b);
        return new Gazetteer(List.copyOf(b.forms.values()), freeze(b.byKey), freeze(b.bySkeleton));
    }

    private static void loadTowns(Builder b) {
        String location = DIR + "towns.csv";
        List<LexiconFile.Row> rows = LexiconFile.rows(location);
        for (LexiconFile.Row row : rows.subList(1, rows.size())) {
            List<String> cells = splitCsv(row.columns().get(0));
            if (cells.size() != 4) {
                throw row.error("expected 4 comma-separated columns: name,alt_names,province_pcode,district_pcode");
            }
            Place province = b.provinces.get(cells.get(2));
            if (province == null) {
                throw row.error("unknown province p-code '" + cells.get(2) + "'");
            }
            Place district = cells.get(3).isEmpty() ? null : b.districts.get(cells.get(3));
            if (!cells.get(3).isEmpty() && (district == null || !district.provinceCode().equals(province.provinceCode()))) {
                throw row.error("unknown district p-code '" + cells.get(3) + "' for province " + cells.get(2));
            }
            Place town = new Place(cells.get(0), Place.Level.TOWN, province.provinceCode(), province.provinceName(),
                    district == null ? null : district.districtCode(), district == null ? null : district.districtName());
            b.add(cells.get(0), town, true);
            split(cells.get(1)).forEach(name -> b.add(name, town, true));
        }
    }

    private static Map<String, List<Place>> freeze(Map<String, List<Place>> map) {
        Map<String, List<Place>> frozen = new HashMap<>();
        map.forEach((key, places) -> frozen.put(key, List.copyOf(places)));
        return frozen;
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String name : names.split("\\|")) {
            if (!name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    /** The rows of a CSV file with a header line, as column name to cell. */
    private static List<Map<String, String>> csv(String location) {
        String[] lines = ConfFiles.read(location).split("\r?\n");
        List<String> header = splitCsv(lines[0]);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = splitCsv(lines[i]);
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(location + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + cells.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** One CSV line's cells; double quotes enclose cells with commas, a doubled quote is a quote. */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static final class Defaults {
        static final Gazetteer GAZETTEER = load();
    }
}
