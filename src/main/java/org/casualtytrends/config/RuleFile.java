package org.casualtytrends.config;

import java.util.List;

/**
 * Every rule file the job reads, by its path under the rules folder ({@code casualty-trends.rules},
 * the packaged {@code conf/} by default), and the columns its header must name. One format for all:
 * see {@link RuleTable}. Each file's own header comment says what its rows mean.
 */
public enum RuleFile {
    ABBREVIATIONS("annotate/abbreviations.tsv", "abbreviation"),
    CASUALTY_CUES("lexicon/casualty-cues.tsv", "pattern"),
    CONFLICT_CONTEXT("lexicon/conflict-context.tsv", "pattern"),
    CASUALTY_WORDS("lexicon/casualty-words.tsv", "phrase", "kind", "form"),
    CLAUSE_MARKERS("lexicon/clause-markers.tsv", "category", "pattern"),
    EVENT_TYPES("lexicon/event-types.tsv", "type", "pattern"),
    FIGURE_WORDS("lexicon/figure-words.tsv", "class", "phrase"),
    NAME_STOPWORDS("lexicon/name-stopwords.tsv", "word"),
    NUMBERS("lexicon/numbers.tsv", "phrase", "value", "class"),
    OPERATORS("lexicon/operators.tsv", "phrase", "operator", "shift"),
    PERPETRATORS("lexicon/perpetrators.tsv", "rule", "actor", "pattern"),
    SOURCES("lexicon/sources.tsv", "type", "side", "pattern"),
    SOURCE_WORDS("lexicon/source-words.tsv", "class", "word"),
    SPEECH_VERBS("lexicon/speech-verbs.tsv", "phrase"),
    VICTIMS("lexicon/victims.tsv", "singular", "plural", "group", "role"),
    VICTIM_MODIFIERS("lexicon/victim-modifiers.tsv", "phrase", "group"),
    MONTHS("dates/months.tsv", "name", "number"),
    WEEKDAYS("dates/weekdays.tsv", "name", "number"),
    COUNTS("dates/counts.tsv", "word", "number"),
    DAY_PARTS("dates/day-parts.tsv", "word"),
    RELATIVE_DATES("dates/relative.tsv", "phrase", "rule", "days"),
    DATE_WORDS("dates/grammar-words.tsv", "slot", "word"),
    OCHA_UNITS("gazetteer/ocha_adm1_adm2.tsv", "iso3", "level", "pcode", "name", "parent_pcode"),
    WORLD_COUNTRIES("gazetteer/world_countries.tsv", "iso3", "iso2", "name", "alt_names", "demonyms", "capitals", "arabic"),
    WORLD_ADM1("gazetteer/world_adm1.tsv", "geonames_admin1", "iso3", "geonames_names", "ocha_pcode", "ocha_level", "match"),
    WORLD_CITIES_CONFLICT("gazetteer/world_cities_conflict.tsv", "geonames_id", "iso3", "name", "alt_names", "population",
            "adm1_pcode", "adm2_pcode", "adm2_match"),
    WORLD_CITIES_OTHER("gazetteer/world_cities_other.tsv", "geonames_id", "iso3", "name", "alt_names", "population",
            "adm1_pcode", "adm2_pcode", "adm2_match"),
    WORLD_ALTERNATES("gazetteer/world_alternates.tsv", "target", "name"),
    ENGLISH_WORDS("gazetteer/world_english_words.tsv", "word"),
    COUNTRY_CUES("gazetteer/country_cues.tsv", "phrase", "iso3"),
    PLACE_WORDS("gazetteer/place-words.tsv", "class", "phrase"),
    PROVINCES("gazetteer/afg_provinces.tsv", "adm1_pcode", "adm1_name", "adm1_name_2018", "iso_3166_2_name", "isaf_label",
            "alt_names"),
    DISTRICTS("gazetteer/afg_districts.tsv", "adm2_pcode", "adm2_name", "adm1_pcode", "adm2_name_2018", "aims_2014_name",
            "alt_names", "mechanical_variants"),
    TOWNS("gazetteer/towns.tsv", "name", "alt_names", "province_pcode", "district_pcode"),
    COMPATIBLE_EVENT_TYPES("events/compatible-types.tsv", "general", "specific");

    private final String path;
    private final List<String> columns;

    RuleFile(String path, String... columns) {
        this.path = path;
        this.columns = List.of(columns);
    }

    /** The path under the rules folder, e.g. {@code lexicon/victims.tsv}. */
    public String path() {
        return path;
    }

    /** The columns the header must name (a data file may have more, e.g. the gazetteer's provenance). */
    public List<String> columns() {
        return columns;
    }
}
