package org.casualtytrends.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;

/**
 * Countries, OCHA provinces and districts, other first-level divisions and the cities of the whole world,
 * and the names they go by: the rule files of {@code conf/gazetteer/} (see its README). The world tables
 * ({@code scripts/gazetteer/build-world.py} makes them) give every country's names, demonyms and capitals,
 * the OCHA units, GeoNames' divisions and cities placed in them; Afghanistan's own tables add the
 * spellings of its provinces and districts that the ISAF and Afghan press write, and its towns; a small
 * table of country cues names the actors that place a story in one country ("ISAF"). Every name passes
 * through {@link PlaceNames}. Built once per JVM from the rules; immutable and thread-safe.
 */
public final class Gazetteer {
    /** Skeletons shorter than this are not indexed: two consonants match too much of the world. */
    private static final int MIN_SKELETON = 3;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** "Nahr-e Saraj", "Nahr-i-Saraj": the connector (ezafe) of Dari names, spelt many ways. */
    private static final Pattern CONNECTOR = Pattern.compile("^(\\p{L}+)(?:-(?:e|i|ye|y)-|-(?:e|i|ye) | (?:e|i|ye|y) )(\\p{L}.*)$",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, Country> countries;
    private final Map<String, Place> countryPlaces;
    private final Map<String, Place> units;
    private final NameIndex<Place> places;
    private final NameIndex<Place> variants;
    private final NameIndex<CountryMatch> countryNames;
    private final List<String> surfaceForms;
    private final Set<String> commonWordForms;
    private final Set<String> englishWords;
    private final int names;

    private Gazetteer(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.countryPlaces = Map.copyOf(b.countryPlaces);
        this.units = Map.copyOf(b.units);
        this.places = b.places.build();
        this.variants = b.variants.build();
        this.countryNames = b.countryNames.build();
        this.surfaceForms = List.copyOf(b.forms.values());
        this.commonWordForms = Set.copyOf(b.commonWordForms);
        this.englishWords = Set.copyOf(b.englishWords);
        this.names = b.names;
    }

    /** The gazetteer of the rule files' {@code gazetteer/} tables, built once per JVM. */
    public static Gazetteer of(RuleBundle rules) {
        return rules.shared(Gazetteer.class, Gazetteer::load);
    }

    /** Of the packaged rule files. */
    public static Gazetteer defaults() {
        return of(RuleBundle.packaged());
    }

    /** Every place a name may denote (countries, provinces, districts, regions, cities), spelling normalised; empty when none. */
    public List<Place> lookup(String name) {
        return places.get(name);
    }

    /**
     * The places a name the gazetteer does not spell this way may be, by their consonant skeleton
     * ({@link PlaceNames#skeleton}): Hassakeh for Al-Hasakeh, Idleb for Idlib, Zharay for Zheray. Only
     * skeletons of three consonants or more; looser than {@link #lookup}, so a rule should want more evidence.
     */
    public List<Place> lookupVariant(String name) {
        return variants.get(name);
    }

    /** The countries a name, a demonym ("Iraqi", "Afghans"), a capital or a cue ("ISAF") denotes. */
    public List<CountryMatch> countries(String name) {
        return countryNames.get(name);
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    /** The place that is a country, for an ISO 3166-1 alpha-3 code of the tables. */
    public Place countryPlace(String iso3) {
        Place place = countryPlaces.get(iso3);
        if (place == null) {
            throw new IllegalArgumentException("no country " + iso3 + " in the gazetteer");
        }
        return place;
    }

    /** An OCHA province or district by its p-code. */
    public Optional<Place> unit(String pcode) {
        return Optional.ofNullable(units.get(pcode));
    }

    /**
     * Every spelling to look for in text (see {@link PlaceNames#spellings}), one per case-insensitive form:
     * the places' names, and the demonyms and cues that name a country.
     */
    public List<String> surfaceForms() {
        return surfaceForms;
    }

    /**
     * The surface forms (lower case) made only of ordinary English words ("Centre", "South", "Mobile",
     * "West Bank", "Turkey"): in running text they are places only when capitalised, and the safer rules
     * want more (a "province"/"state" after them, a country named nearby).
     */
    public Set<String> commonWordForms() {
        return commonWordForms;
    }

    /** Whether a lower-case word of the gazetteer's names is an ordinary English word ("new", "bank", "police"). */
    public boolean isOrdinaryWord(String lowerCaseWord) {
        return englishWords.contains(lowerCaseWord);
    }

    /** How many names (with repetitions across places) were read. */
    public int nameCount() {
        return names;
    }

    /** How many distinct normalised keys the names gave. */
    public int keyCount() {
        return places.size();
    }

    // ------------------------------------------------------------------ loading

    /** A gazetteer built anew from the rules, not the JVM's shared one ({@link #of}): the bench times its loading and weighs it. */
    public static Gazetteer load(RuleBundle rules) {
        Set<String> englishWords = new HashSet<>();
        rules.table(RuleFile.ENGLISH_WORDS).rows().forEach(row -> englishWords.add(row.get("word")));
        Builder b = new Builder(englishWords);
        b.loadCountries(rules.table(RuleFile.WORLD_COUNTRIES));
        b.loadOcha(rules.table(RuleFile.OCHA_UNITS), b.commonNames(rules.table(RuleFile.WORLD_ADM1)));
        b.loadAdm1(rules.table(RuleFile.WORLD_ADM1));
        b.loadCities(rules.table(RuleFile.WORLD_CITIES_CONFLICT));
        b.loadCities(rules.table(RuleFile.WORLD_CITIES_OTHER));
        b.addDemonyms();
        b.loadAfghanProvinces(rules.table(RuleFile.PROVINCES));
        b.loadAfghanDistricts(rules.table(RuleFile.DISTRICTS));
        b.loadTowns(rules.table(RuleFile.TOWNS));
        b.loadAlternates(rules.table(RuleFile.WORLD_ALTERNATES));
        b.loadCues(rules.table(RuleFile.COUNTRY_CUES));
        return new Gazetteer(b);
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

    private static final class Builder {
        final Set<String> englishWords;
        final Map<String, Country> countries = new LinkedHashMap<>();
        final Map<String, Place> countryPlaces = new HashMap<>();
        final Map<String, Place> units = new HashMap<>();
        final Map<String, Place> cities = new HashMap<>();
        final NameIndex.Builder<Place> places = new NameIndex.Builder<>(PlaceNames::keys, 1);
        final NameIndex.Builder<Place> variants = new NameIndex.Builder<>(PlaceNames::skeletons, MIN_SKELETON);
        final NameIndex.Builder<CountryMatch> countryNames = new NameIndex.Builder<>(PlaceNames::keys, 1);
        final Map<String, String> forms = new LinkedHashMap<>();
        final Set<String> commonWordForms = new HashSet<>();
        final Map<String, List<Country>> demonyms = new LinkedHashMap<>();
        int names;

        Builder(Set<String> englishWords) {
            this.englishWords = englishWords;
        }

        boolean arabic(String iso3) {
            Country c = countries.get(iso3);
            return c != null && c.arabic();
        }

        void name(String name, Place place) {
            boolean arabic = arabic(place.country());
            String key = PlaceNames.key(name, arabic);
            places.putForm(key, arabic, place);
            variants.putForm(PlaceNames.skeletonOfKey(key), arabic, place);
            names++;
            PlaceNames.spellings(name, arabic).forEach(this::form);
        }

        /** A spelling for the matcher; flagged when all its words are ordinary English words. */
        void form(String form) {
            String lower = form.toLowerCase(Locale.ROOT);
            List<String> words = PlaceNames.coreWords(form, false);
            if (forms.putIfAbsent(lower, form) == null && !words.isEmpty() && englishWords.containsAll(words)) {
                commonWordForms.add(lower);
            }
        }

        /** A name of Afghanistan's own tables, with the spellings of its Dari connector. */
        void afghanName(String name, Place place) {
            if (name.isBlank()) {
                return;
            }
            name(name, place);
            connectorVariants(name).forEach(variant -> name(variant, place));
        }

        void countryName(String name, Country c, CountryMatch.Via via) {
            countryNames.put(name, c.arabic(), new CountryMatch(c, via));
        }

        void loadCountries(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                List<String> names = new ArrayList<>(List.of(row.get("name")));
                names.addAll(row.list("alt_names", "|"));
                Country country = new Country(row.get("iso3"), row.get("iso2"), row.get("name"), List.copyOf(names),
                        row.list("demonyms", "|"), row.list("capitals", "|"), row.get("arabic").equals("1"), false);
                countries.put(country.iso3(), country);
            }
        }

        /**
         * The common English name of each OCHA ADM1 that GeoNames names otherwise ("Helmand" for OCHA's
         * "Hilmand", "Nineveh" for "Ninewa"): the name of the one GeoNames division that is that unit (of
         * several, the one matched by name), without generic words ("Sanaa Governorate" is "Sanaa").
         */
        Map<String, String> commonNames(RuleTable adm1) {
            Map<String, List<RuleTable.Row>> byUnit = new HashMap<>();
            for (RuleTable.Row row : adm1.rows()) {
                if (row.optional("ocha_level").equals("1")) {
                    byUnit.computeIfAbsent(row.get("ocha_pcode"), k -> new ArrayList<>()).add(row);
                }
            }
            Map<String, String> names = new HashMap<>();
            byUnit.forEach((pcode, rows) -> {
                List<RuleTable.Row> chosen = rows.size() == 1 ? rows : rows.stream().filter(r -> r.get("match").equals("name")).toList();
                if (chosen.size() == 1) {
                    names.put(pcode, PlaceNames.core(chosen.get(0).list("geonames_names", "|").get(0), arabic(chosen.get(0).get("iso3"))));
                }
            });
            return names;
        }


        void loadOcha(RuleTable table, Map<String, String> commonNames) {
            Set<String> inOcha = new HashSet<>();
            for (RuleTable.Row row : table.rows()) {
                inOcha.add(row.get("iso3"));
            }
            countries.replaceAll((iso3, c) -> new Country(c.iso3(), c.iso2(), c.name(), c.names(), c.demonyms(), c.capitals(),
                    c.arabic(), inOcha.contains(iso3)));
            for (Country c : countries.values()) {
                Place place = new Place(Place.Kind.COUNTRY, c.name(), c.iso3(), null, null, null, null, null, null,
                        "world-countries:" + c.iso3(), 0);
                countryPlaces.put(c.iso3(), place);
                c.names().forEach(n -> {
                    name(n, place);
                    countryName(n, c, CountryMatch.Via.NAME);
                });
                for (String demonym : c.demonyms()) {
                    for (String form : demonymForms(demonym)) {
                        demonyms.computeIfAbsent(form, k -> new ArrayList<>()).add(c);
                        form(form);
                    }
                }
                c.capitals().forEach(n -> countryName(n, c, CountryMatch.Via.CAPITAL));
            }
            // Provinces first: a district names its province.
            for (String level : List.of("1", "2")) {
                for (RuleTable.Row row : table.rows()) {
                    if (row.get("level").equals(level)) {
                        loadUnit(row, commonNames);
                    }
                }
            }
        }

        /**
         * Each demonym for its countries; one that several share (French: France and the French Southern
         * Lands; American: the United States and the Northern Marianas) only for the one whose largest city
         * is ten times any other's, as the resolver takes a dominant city; for none when no country dominates
         * (Congolese: both Congos).
         */
        void addDemonyms() {
            Map<String, Long> largestCity = new HashMap<>();
            cities.values().forEach(city -> largestCity.merge(city.country(), city.population(), Math::max));
            demonyms.forEach((form, of) -> {
                List<Country> chosen = of;
                if (of.size() > 1) {
                    Country top = of.stream().max(Comparator.comparingLong(c -> largestCity.getOrDefault(c.iso3(), 0L))).orElseThrow();
                    long topCity = largestCity.getOrDefault(top.iso3(), 0L);
                    boolean dominant = of.stream().filter(c -> c != top).allMatch(c -> largestCity.getOrDefault(c.iso3(), 0L) * 10 <= topCity);
                    chosen = dominant ? List.of(top) : List.of();
                }
                chosen.forEach(c -> countryName(form, c, CountryMatch.Via.DEMONYM));
            });
        }

        /** "Iraqi" also as "Iraqis", "Afghan" as "Afghans": nouns of nationality in -i and -an take an s. */
        static List<String> demonymForms(String demonym) {
            return demonym.endsWith("i") || demonym.endsWith("an") ? List.of(demonym, demonym + "s") : List.of(demonym);
        }

        void loadUnit(RuleTable.Row row, Map<String, String> commonNames) {
            String iso3 = row.get("iso3");
            if (!countries.containsKey(iso3)) {
                throw row.error("unknown country " + iso3);
            }
            String pcode = row.get("pcode");
            // a few units have no name in the list (Jamaica's ADM2): known by their p-code, matched by none
            String name = row.optional("name").isEmpty() ? pcode : row.optional("name");
            Place place;
            if (row.get("level").equals("1")) {
                place = new Place(Place.Kind.PROVINCE, name, iso3, pcode, name, commonNames.getOrDefault(pcode, name), null, null, null,
                        "ocha:" + pcode, 0);
            } else {
                Place province = units.get(row.get("parent_pcode"));
                if (province == null || province.kind() != Place.Kind.PROVINCE) {
                    throw row.error("unknown province p-code " + row.get("parent_pcode"));
                }
                place = new Place(Place.Kind.DISTRICT, name, iso3, province.provinceCode(), province.province(), province.provinceName(),
                        pcode, name, null, "ocha:" + pcode, 0);
            }
            units.put(pcode, place);
            if (name.equals(pcode)) {
                return;
            }
            // "Region I (Ilocos Region)", "Bago (East)": the whole name, and each part.
            name(name, place);
            int open = name.indexOf('(');
            if (open > 0 && name.endsWith(")")) {
                name(name.substring(open + 1, name.length() - 1), place);
            }
        }

        void loadAdm1(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                String iso3 = row.get("iso3");
                if (!countries.containsKey(iso3)) {
                    throw row.error("unknown country " + iso3);
                }
                List<String> geonames = row.list("geonames_names", "|");
                String pcode = row.optional("ocha_pcode");
                Place place;
                if (pcode.isEmpty()) {
                    place = new Place(Place.Kind.REGION, geonames.get(0), iso3, null, null, null, null, null, null,
                            "geonames-admin1:" + row.get("geonames_admin1"), 0);
                } else {
                    place = unit(row, pcode, "ocha_pcode");
                }
                geonames.forEach(n -> name(n, place));
            }
        }

        void loadCities(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                String iso3 = row.get("iso3");
                if (!countries.containsKey(iso3)) {
                    throw row.error("unknown country " + iso3);
                }
                Place province = unitOrNull(row, "adm1_pcode");
                Place district = unitOrNull(row, "adm2_pcode");
                boolean sameName = row.optional("adm2_match").startsWith("same_name");
                String id = row.get("geonames_id");
                Place city = city(row.get("name"), iso3, province, district != null && sameName ? district : null,
                        district != null && !sameName ? district.districtCode() : null, "geonames:" + id,
                        row.as("population", Long::parseLong));
                cities.put(id, city);
                name(row.get("name"), city);
                row.list("alt_names", "|").forEach(n -> name(n, city));
            }
        }

        static Place city(String name, String iso3, Place province, Place district, String enclosingDistrict, String source,
                          long population) {
            return new Place(Place.Kind.CITY, name, iso3, province == null ? null : province.provinceCode(),
                    province == null ? null : province.province(), province == null ? null : province.provinceName(),
                    district == null ? null : district.districtCode(), district == null ? null : district.district(),
                    enclosingDistrict, source, population);
        }

        Place unit(RuleTable.Row row, String pcode, String column) {
            Place unit = units.get(pcode);
            if (unit == null) {
                throw row.error("unknown OCHA p-code " + pcode + " in " + column);
            }
            return unit;
        }

        Place unitOrNull(RuleTable.Row row, String column) {
            String pcode = row.optional(column);
            return pcode.isEmpty() ? null : unit(row, pcode, column);
        }

        /** Afghanistan's provinces: the 2018 names, ISO and ISAF spellings and the press's alternates of each OCHA ADM1. */
        void loadAfghanProvinces(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                Place province = unit(row, row.get("adm1_pcode"), "adm1_pcode");
                List<String> names = new ArrayList<>(List.of(row.get("adm1_name"), row.optional("adm1_name_2018"),
                        row.optional("iso_3166_2_name")));
                String isaf = row.optional("isaf_label");
                names.add(isaf.replace('_', ' '));
                names.add(isaf.replace('_', '-'));
                names.addAll(row.list("alt_names", "|"));
                names.forEach(n -> afghanName(n, province));
            }
        }

        /** Afghanistan's districts: the 2018 and AIMS spellings, the alternates and mechanical variants of each OCHA ADM2. */
        void loadAfghanDistricts(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                Place district = unit(row, row.get("adm2_pcode"), "adm2_pcode");
                if (!district.provinceCode().equals(row.get("adm1_pcode"))) {
                    throw row.error("district " + district.districtCode() + " is not in province " + row.get("adm1_pcode"));
                }
                List<String> names = new ArrayList<>(List.of(row.get("adm2_name"), row.optional("aims_2014_name")));
                names.addAll(row.list("adm2_name_2018", " / "));
                names.addAll(row.list("alt_names", "|"));
                names.addAll(row.list("mechanical_variants", "|"));
                names.forEach(n -> afghanName(n, district));
            }
        }

        /** Afghanistan's provincial capitals and towns, in their province and, when known, their district. */
        void loadTowns(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                Place province = unit(row, row.get("province_pcode"), "province_pcode");
                Place district = unitOrNull(row, "district_pcode");
                if (district != null && !district.provinceCode().equals(province.provinceCode())) {
                    throw row.error("unknown district p-code '" + district.districtCode() + "' for province " + province.provinceCode());
                }
                Place town = city(row.get("name"), province.country(), province, district, null, "towns:" + row.get("name"), 0);
                afghanName(row.get("name"), town);
                row.list("alt_names", "|").forEach(n -> afghanName(n, town));
            }
        }

        void loadAlternates(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                String target = row.get("target");
                Place place;
                if (target.startsWith("geonames:")) {
                    place = cities.get(target.substring("geonames:".length()));
                } else if (ISO3.matcher(target).matches() && countryPlaces.containsKey(target)) {
                    place = countryPlaces.get(target);
                    countryName(row.get("name"), countries.get(target), CountryMatch.Via.NAME);
                } else {
                    place = units.get(target);
                }
                if (place == null) {
                    throw row.error("unknown target '" + target + "' (an ISO3 code, an OCHA p-code or geonames:<id> of a city in the tables)");
                }
                name(row.get("name"), place);
            }
        }

        /** Words that place a story in one country without naming it (ISAF: Afghanistan). */
        void loadCues(RuleTable table) {
            for (RuleTable.Row row : table.rows()) {
                Country c = countries.get(row.get("iso3"));
                if (c == null) {
                    throw row.error("unknown country " + row.get("iso3"));
                }
                countryName(row.get("phrase"), c, CountryMatch.Via.CUE);
                form(row.get("phrase"));
            }
        }
    }
}
