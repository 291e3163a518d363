package org.casualtytrends.extract.figures;

/**
 * A noun naming victims ({@code conf/lexicon/victims.tsv}).
 *
 * @param group  the victim group it implies, {@code unknown} when its modifiers decide, {@code others}
 *               when it takes the group of the victims named before ("nine others")
 * @param leader a targeted individual rather than one of the rank and file
 * @param plural a plural form
 * @param unit   a unit of members not counted ("a mortar team", "an insurgent cell")
 */
public record VictimNoun(String group, boolean leader, boolean plural, boolean unit) {
    public static final String UNKNOWN = "unknown";
    public static final String OTHERS = "others";
}
