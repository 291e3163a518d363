package org.casualtytrends.extract.figures;

import org.casualtytrends.model.VictimGroup;

/**
 * A noun naming victims ({@code conf/lexicon/victims.tsv}).
 *
 * @param group  the victim group it implies, {@code unknown} when its modifiers decide
 * @param others it takes the group of the victims named before ("nine others"; group {@code others} in the file)
 * @param leader a targeted individual rather than one of the rank and file
 * @param plural a plural form
 * @param unit   a unit of members not counted ("a mortar team", "an insurgent cell")
 */
public record VictimNoun(VictimGroup group, boolean others, boolean leader, boolean plural, boolean unit) {
}
