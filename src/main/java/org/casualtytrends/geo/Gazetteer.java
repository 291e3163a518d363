package org.casualtytrends.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;

/**
 * Afghanistan's provinces and districts ({@code gazetteer/afg_provinces.tsv}, {@code afg_districts.tsv} of
 * the rule files, OCHA 2021 p-codes with their older, ISO, ISAF and alternate spellings), this project's
 * towns ({@code towns.tsv}) and the country's names ({@code countries.tsv}). Immutable and thread-safe.
 */
public final class Gazetteer {
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

    /** The gazetteer of the rule files' {@code gazetteer/} tables, built once per JVM. */
    public static Gazetteer of(RuleBundle rules) {
        return rules.shared(Gazetteer.class, Gazetteer::load);
    }

    /** Of the packaged rule files. */
    public static Gazetteer defaults() {
        return of(RuleBundle.packaged());
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

    private static Gazetteer load(RuleBundle rules) {
        Builder b = new Builder();
        Map<String, Place> countries = new HashMap<>();
        for (RuleTable.Row row : rules.table(RuleFile.COUNTRIES).rows()) {
            Place country = countries.computeIfAbsent(row.get("iso3"),
                    code -> new Place(row.get("name"), Place.Level.COUNTRY, null, null, null, null));
            b.add(row.get("name"), country, false);
        }
        for (RuleTable.Row row : rules.table(RuleFile.PROVINCES).rows()) {
            Place province = new Place(row.get("adm1_name"), Place.Level.PROVINCE, row.get("adm1_pcode"), row.get("adm1_name"), null, null);
            b.provinces.put(province.provinceCode(), province);
            List<String> names = new ArrayList<>(List.of(row.optional("adm1_name"), row.optional("adm1_name_2018"),
                    row.optional("iso_3166_2_name")));
            String isaf = row.optional("isaf_label");
            names.add(isaf.replace('_', ' '));
            names.add(isaf.replace('_', '-'));
            names.addAll(row.list("alt_names", "|"));
            names.forEach(name -> b.add(name, province, true));
        }
        for (RuleTable.Row row : rules.table(RuleFile.DISTRICTS).rows()) {
            Place province = b.provinces.get(row.get("adm1_pcode"));
            if (province == null) {
                throw row.error("unknown province p-code '" + row.get("adm1_pcode") + "'");
            }
            Place district = new Place(row.get("adm2_name"), Place.Level.DISTRICT, province.provinceCode(), province.provinceName(),
                    row.get("adm2_pcode"), row.get("adm2_name"));
            b.districts.put(district.districtCode(), district);
            List<String> names = new ArrayList<>(List.of(row.optional("adm2_name"), row.optional("aims_2014_name")));
            names.addAll(List.of(row.optional("adm2_name_2018").split(" / ")));
            names.addAll(row.list("alt_names", "|"));
            names.addAll(row.list("mechanical_variants", "|"));
            names.forEach(name -> b.add(name, district, true));
        }
        for (RuleTable.Row row : rules.table(RuleFile.TOWNS).rows()) {
            Place province = b.provinces.get(row.get("province_pcode"));
            if (province == null) {
                throw row.error("unknown province p-code '" + row.get("province_pcode") + "'");
            }
            String districtCode = row.optional("district_pcode");
            Place district = districtCode.isEmpty() ? null : b.districts.get(districtCode);
            if (!districtCode.isEmpty() && (district == null || !district.provinceCode().equals(province.provinceCode()))) {
                throw row.error("unknown district p-code '" + districtCode + "' for province " + province.provinceCode());
            }
            Place town = new Place(row.get("name"), Place.Level.TOWN, province.provinceCode(), province.provinceName(),
                    district == null ? null : district.districtCode(), district == null ? null : district.districtName());
            b.add(row.get("name"), town, true);
            row.list("alt_names", "|").forEach(name -> b.add(name, town, true));
        }
        return new Gazetteer(List.copyOf(b.forms.values()), freeze(b.byKey), freeze(b.bySkeleton));
    }

    private static Map<String, List<Place>> freeze(Map<String, List<Place>> map) {
        Map<String, List<Place>> frozen = new HashMap<>();
        map.forEach((key, places) -> frozen.put(key, List.copyOf(places)));
        return frozen;
    }
}
