package org.casualtytrends.geo.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Countries, OCHA provinces and districts, other first-level divisions and cities of the whole world, and
 * the names they go by (the tables of {@code conf/gazetteer/} that {@code scripts/gazetteer/build-world.py}
 * builds; see that folder's README). Built from the tables' contents, so that it reads no file itself;
 * every name passes through {@link WorldNames}. Immutable and thread-safe.
 */
public final class WorldGazetteer {
    public static final String OCHA = "ocha_global_adm1_adm2.csv";
    public static final String COUNTRIES = "world_countries.csv";
    public static final String ADM1 = "world_adm1.csv";
    /** The city tables: the conflict countries' (every GeoNames place) and the others' (15,000 people or more, seats). */
    public static final List<String> CITIES = List.of("world_cities_conflict.csv", "world_cities_other.csv");
    public static final String ALTERNATES = "world_alternates.csv";
    public static final String ENGLISH_WORDS = "world_english_words.txt";
    /** Every table {@link #load} needs. */
    public static final List<String> FILES = List.of(OCHA, COUNTRIES, ADM1, CITIES.get(0), CITIES.get(1), ALTERNATES, ENGLISH_WORDS);
    /** Skeletons shorter than this are not indexed: two consonants match too much of the world. */
    private static final int MIN_SKELETON = 3;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    private final Map<String, Country> countries;
    private final Map<String, WorldPlace> units;
    private final NameIndex<WorldPlace> places;
    private final NameIndex<WorldPlace> variants;
    private final NameIndex<CountryMatch> countryNames;
    private final List<String> surfaceForms;
    private final Set<String> commonWordForms;
    private final int names;

    private WorldGazetteer(Builder b) {
        this.countries = Map.copyOf(b.countries);
        this.units = Map.copyOf(b.units);
        this.places = b.places.build();
        this.variants = b.variants.build();
        this.countryNames = b.countryNames.build();
        this.surfaceForms = List.copyOf(b.forms.values());
        this.commonWordForms = Set.copyOf(b.commonWordForms);
        this.names = b.names;
    }

    /**
     * Parses the tables.
     *
     * @param files file name (without folder) to contents, for each of {@link #FILES}
     * @throws IllegalArgumentException naming the file (and line) that is missing or wrong
     */
    public static WorldGazetteer load(Map<String, String> files) {
        Builder b = new Builder(words(require(files, ENGLISH_WORDS)));
        b.loadCountries(WorldCsv.rows(COUNTRIES, require(files, COUNTRIES)));
        b.loadOcha(WorldCsv.rows(OCHA, require(files, OCHA)));
        b.loadAdm1(WorldCsv.rows(ADM1, require(files, ADM1)));
        for (String file : CITIES) {
            b.loadCities(WorldCsv.rows(file, require(files, file)));
        }
        b.loadAlternates(WorldCsv.rows(ALTERNATES, require(files, ALTERNATES)));
        return new WorldGazetteer(b);
    }

    /** Every place a name may denote (countries, provinces, districts, regions, cities), spelling normalised; empty when none. */
    public List<WorldPlace> lookup(String name) {
        return places.get(name);
    }

    /**
     * The places a name the gazetteer does not spell this way may be, by their consonant skeleton
     * ({@link WorldNames#skeleton}): Hassakeh for Al-Hasakeh, Idleb for Idlib. Only skeletons of three
     * consonants or more; looser than {@link #lookup}, so a rule should want more evidence.
     */
    public List<WorldPlace> lookupVariant(String name) {
        return variants.get(name);
    }

    /** The countries a name, a demonym ("Iraqi", "Afghans") or a capital denotes. */
    public List<CountryMatch> countries(String name) {
        return countryNames.get(name);
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    /** An OCHA province or district by its p-code. */
    public Optional<WorldPlace> unit(String pcode) {
        return Optional.ofNullable(units.get(pcode));
    }

    /** Every spelling to look for in text (see {@link WorldNames#spellings}), one per case-insensitive form. */
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

    /** How many names (with repetitions across places) were read. */
    public int nameCount() {
        return names;
    }

    /** How many distinct normalised keys the names gave. */
    public int keyCount() {
        return places.size();
    }

    // ------------------------------------------------------------------ loading

    private static String require(Map<String, String> files, String name) {
        String contents = files.get(name);
        if (contents == null) {
            throw new IllegalArgumentException("missing gazetteer table " + name);
        }
        return contents;
    }

    private static Set<String> words(String contents) {
        Set<String> words = new HashSet<>();
        for (String line : contents.split("\r?\n")) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                words.add(word);
            }
        }
        return words;
    }

    private static final class Builder {
        final Set<String> englishWords;
        final Map<String, Country> countries = new LinkedHashMap<>();
        final Map<String, WorldPlace> countryPlaces = new HashMap<>();
        final Map<String, WorldPlace> units = new HashMap<>();
        final Map<String, WorldPlace> cities = new HashMap<>();
        final NameIndex.Builder<WorldPlace> places = new NameIndex.Builder<>(WorldNames::key, 1);
        final NameIndex.Builder<WorldPlace> variants = new NameIndex.Builder<>(WorldNames::skeleton, MIN_SKELETON);
        final NameIndex.Builder<CountryMatch> countryNames = new NameIndex.Builder<>(WorldNames::key, 1);
        final Map<String, String> forms = new LinkedHashMap<>();
        final Set<String> commonWordForms = new HashSet<>();
        int names;

        Builder(Set<String> englishWords) {
            this.englishWords = englishWords;
        }

        boolean arabic(String iso3) {
            Country c = countries.get(iso3);
            return c != null && c.arabic();
        }

        void name(String name, WorldPlace place) {
            boolean arabic = arabic(place.country());
            String key = WorldNames.key(name, arabic);
            places.putForm(key, arabic, place);
            variants.putForm(WorldNames.skeletonOfKey(key), arabic, place);
            names++;
            for (String form : WorldNames.spellings(name, arabic)) {
                String lower = form.toLowerCase(Locale.ROOT);
                List<String> words = WorldNames.coreWords(form, false);
                if (forms.putIfAbsent(lower, form) == null && !words.isEmpty() && englishWords.containsAll(words)) {
                    commonWordForms.add(lower);
                }
            }
        }

        void loadCountries(List<WorldCsv.Row> rows) {
            for (WorldCsv.Row row : rows) {
                List<String> names = new ArrayList<>(List.of(row.get("name")));
                names.addAll(row.list("alt_names"));
                Country country = new Country(row.get("iso3"), row.get("iso2"), row.get("name"), List.copyOf(names),
                        row.list("demonyms"), row.list("capitals"), row.get("arabic").equals("1"), false);
                countries.put(country.iso3(), country);
            }
        }

        void loadOcha(List<WorldCsv.Row> rows) {
            Set<String> inOcha = new HashSet<>();
            for (WorldCsv.Row row : rows) {
                inOcha.add(row.get("Location"));
            }
            countries.replaceAll((iso3, c) -> new Country(c.iso3(), c.iso2(), c.name(), c.names(), c.demonyms(), c.capitals(),
                    c.arabic(), inOcha.contains(iso3)));
            for (Country c : countries.values()) {
                WorldPlace place = new WorldPlace(WorldPlace.Kind.COUNTRY, c.name(), c.iso3(), null, null, null, null, null,
                        "world-countries:" + c.iso3(), 0);
                countryPlaces.put(c.iso3(), place);
                c.names().forEach(n -> {
                    name(n, place);
                    countryNames.put(n, c.arabic(), new CountryMatch(c, CountryMatch.Via.NAME));
                });
                for (String demonym : c.demonyms()) {
                    for (String form : demonymForms(demonym)) {
                        countryNames.put(form, c.arabic(), new CountryMatch(c, CountryMatch.Via.DEMONYM));
                    }
                }
                c.capitals().forEach(n -> countryNames.put(n, c.arabic(), new CountryMatch(c, CountryMatch.Via.CAPITAL)));
            }
            // Provinces first: a district names its province.
            for (String level : List.of("1", "2")) {
                for (WorldCsv.Row row : rows) {
                    if (row.get("Admin Level").equals(level)) {
                        loadUnit(row);
                    }
                }
            }
        }

        /** "Iraqi" also as "Iraqis", "Afghan" as "Afghans": nouns of nationality in -i and -an take an s. */
        static List<String> demonymForms(String demonym) {
            return demonym.endsWith("i") || demonym.endsWith("an") ? List.of(demonym, demonym + "s") : List.of(demonym);
        }

        void loadUnit(WorldCsv.Row row) {
            String iso3 = row.get("Location");
            if (!countries.containsKey(iso3)) {
                throw row.error("unknown country " + iso3);
            }
            String pcode = row.get("P-Code");
            String name = row.get("Name");
            WorldPlace place;
            if (row.get("Admin Level").equals("1")) {
                place = new WorldPlace(WorldPlace.Kind.PROVINCE, name, iso3, pcode, name, null, null, null, "ocha:" + pcode, 0);
            } else {
                WorldPlace province = units.get(row.get("Parent P-Code"));
                if (province == null || province.kind() != WorldPlace.Kind.PROVINCE) {
                    throw row.error("unknown province p-code " + row.get("Parent P-Code"));
                }
                place = new WorldPlace(WorldPlace.Kind.DISTRICT, name, iso3, province.provinceCode(), province.provinceName(),
                        pcode, name, null, "ocha:" + pcode, 0);
            }
            units.put(pcode, place);
            // "Region I (Ilocos Region)", "Bago (East)": the whole name, and each part.
            name(name, place);
            int open = name.indexOf('(');
            if (open > 0 && name.endsWith(")")) {
                name(name.substring(open + 1, name.length() - 1), place);
            }
        }

        void loadAdm1(List<WorldCsv.Row> rows) {
            for (WorldCsv.Row row : rows) {
                String iso3 = row.get("iso3");
                if (!countries.containsKey(iso3)) {
                    throw row.error("unknown country " + iso3);
                }
                List<String> geonames = row.list("geonames_names");
                String pcode = row.get("ocha_pcode");
                WorldPlace place;
                if (pcode.isEmpty()) {
                    place = new WorldPlace(WorldPlace.Kind.REGION, geonames.get(0), iso3, null, null, null, null, null,
                            "geonames-admin1:" + row.get("geonames_admin1"), 0);
                } else {
                    place = units.get(pcode);
                    if (place == null) {
                        throw row.error("unknown OCHA p-code " + pcode);
                    }
                }
                geonames.forEach(n -> name(n, place));
            }
        }

        void loadCities(List<WorldCsv.Row> rows) {
            for (WorldCsv.Row row : rows) {
                String iso3 = row.get("iso3");
                if (!countries.containsKey(iso3)) {
                    throw row.error("unknown country " + iso3);
                }
                WorldPlace province = unitOrNull(row, "adm1_pcode");
                WorldPlace district = unitOrNull(row, "adm2_pcode");
                boolean sameName = row.get("adm2_match").startsWith("same_name");
                long population;
                try {
                    population = Long.parseLong(row.get("population"));
                } catch (NumberFormatException e) {
                    throw row.error("population is not a number: " + row.get("population"));
                }
                String id = row.get("geonames_id");
                WorldPlace city = new WorldPlace(WorldPlace.Kind.CITY, row.get("name"), iso3,
                        province == null ? null : province.provinceCode(), province == null ? null : province.provinceName(),
                        district != null && sameName ? district.districtCode() : null,
                        district != null && sameName ? district.districtName() : null,
                        district != null && !sameName ? district.districtCode() : null, "geonames:" + id, population);
                cities.put(id, city);
                name(row.get("name"), city);
                row.list("alt_names").forEach(n -> name(n, city));
            }
        }

        WorldPlace unitOrNull(WorldCsv.Row row, String column) {
            String pcode = row.get(column);
            if (pcode.isEmpty()) {
                return null;
            }
            WorldPlace unit = units.get(pcode);
            if (unit == null) {
                throw row.error("unknown OCHA p-code " + pcode + " in " + column);
            }
            return unit;
        }

        void loadAlternates(List<WorldCsv.Row> rows) {
            for (WorldCsv.Row row : rows) {
                String target = row.get("target");
                WorldPlace place;
                if (target.startsWith("geonames:")) {
                    place = cities.get(target.substring("geonames:".length()));
                } else if (ISO3.matcher(target).matches() && countryPlaces.containsKey(target)) {
                    place = countryPlaces.get(target);
                    Country c = countries.get(target);
                    countryNames.put(row.get("name"), c.arabic(), new CountryMatch(c, CountryMatch.Via.NAME));
                } else {
                    place = units.get(target);
                }
                if (place == null) {
                    throw row.error("unknown target '" + target + "' (an ISO3 code, an OCHA p-code or geonames:<id> of a city in the tables)");
                }
                name(row.get("name"), place);
            }
        }
    }
}
