package org.casualtytrends.extract.figures;

import java.util.List;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;

/**
 * The victim nouns ({@code conf/lexicon/victims.tsv}) and the modifiers that set their group
 * ({@code victim-modifiers.tsv}). Immutable.
 */
public final class VictimLexicon {
    public static final List<String> GROUPS =
            List.of("security_forces", "foreign_forces", "civilians", "militants", VictimNoun.UNKNOWN);

    private final PhraseTable<VictimNoun> nouns;
    private final PhraseTable<String> modifiers;

    private VictimLexicon(PhraseTable<VictimNoun> nouns, PhraseTable<String> modifiers) {
        this.nouns = nouns;
        this.modifiers = modifiers;
    }

    public static VictimLexicon load(RuleBundle rules) {
        PhraseTable.Builder<VictimNoun> nouns = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.VICTIMS).rows()) {
            String group = row.get("group");
            if (!GROUPS.contains(group) && !group.equals(VictimNoun.OTHERS)) {
                throw row.error("unknown victim group '" + group + "'");
            }
            String role = row.get("role");
            if (!role.equals("person") && !role.equals("leader") && !role.equals("unit")) {
                throw row.error("unknown role '" + role + "' (person, leader or unit)");
            }
            boolean leader = role.equals("leader");
            boolean unit = role.equals("unit");
            addForms(nouns, row.get("singular"), new VictimNoun(group, leader, false, unit));
            addForms(nouns, row.get("plural"), new VictimNoun(group, leader, true, unit));
        }
        PhraseTable.Builder<String> modifiers = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.VICTIM_MODIFIERS).rows()) {
            String group = row.get("group");
            if (!GROUPS.contains(group) || group.equals(VictimNoun.UNKNOWN)) {
                throw row.error("unknown victim group '" + group + "'");
            }
            modifiers.add(row.get("phrase"), group);
        }
        return new VictimLexicon(nouns.build(), modifiers.build());
    }

    private static void addForms(PhraseTable.Builder<VictimNoun> nouns, String forms, VictimNoun noun) {
        if (!forms.equals("-")) {
            for (String form : forms.split("\\|")) {
                nouns.add(form, noun);
            }
        }
    }

    /** The victim noun starting at token {@code i}, or null. */
    public PhraseTable.Match<VictimNoun> noun(List<Token> tokens, int i) {
        return nouns.at(tokens, i);
    }

    /** The group a modifier starting at token {@code i} implies, or null. */
    public PhraseTable.Match<String> modifier(List<Token> tokens, int i) {
        return modifiers.at(tokens, i);
    }

    /**
     * The group of a noun given the groups its modifiers imply: a noun of unknown group takes the
     * first of foreign forces, militants, security forces, civilians among them; soldiers with a
     * foreign modifier are foreign forces; civilians with a militant modifier are militants.
     */
    public static String group(String nounGroup, List<String> modifierGroups) {
        return switch (nounGroup) {
            case "security_forces" -> modifierGroups.contains("foreign_forces") ? "foreign_forces" : nounGroup;
            case "civilians" -> modifierGroups.contains("militants") ? "militants" : nounGroup;
            case VictimNoun.UNKNOWN -> {
                for (String group : List.of("foreign_forces", "militants", "security_forces", "civilians")) {
                    if (modifierGroups.contains(group)) {
                        yield group;
                    }
                }
                yield VictimNoun.UNKNOWN;
            }
            default -> nounGroup;
        };
    }
}
