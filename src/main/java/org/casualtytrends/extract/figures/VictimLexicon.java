package org.casualtytrends.extract.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.config.RuleFile;
import org.casualtytrends.config.RuleTable;
import org.casualtytrends.model.VictimGroup;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;

/**
 * The victim nouns ({@code conf/lexicon/victims.tsv}, and the plurals of the demonyms of
 * {@code gazetteer/world_countries.tsv}) and the modifiers that set their group ({@code victim-modifiers.tsv}). Immutable.
 */
public final class VictimLexicon {
    /** The victims.tsv group of a noun that takes the group of the victims named before. */
    private static final String OTHERS = "others";

    private final PhraseTable<VictimNoun> nouns;
    private final PhraseTable<VictimGroup> modifiers;

    private VictimLexicon(PhraseTable<VictimNoun> nouns, PhraseTable<VictimGroup> modifiers) {
        this.nouns = nouns;
        this.modifiers = modifiers;
    }

    public static VictimLexicon load(RuleBundle rules) {
        PhraseTable.Builder<VictimNoun> nouns = PhraseTable.builder();
        for (RuleTable.Row row : rules.table(RuleFile.VICTIMS).rows()) {
            boolean others = row.get("group").equals(OTHERS);
            VictimGroup group = others ? VictimGroup.UNKNOWN : group(row);
            String role = row.get("role");
            if (!role.equals("person") && !role.equals("leader") && !role.equals("unit")) {
                throw row.error("unknown role '" + role + "' (person, leader or unit)");
            }
            boolean leader = role.equals("leader");
            boolean unit = role.equals("unit");
            addForms(nouns, row.get("singular"), new VictimNoun(group, others, leader, false, unit));
            addForms(nouns, row.get("plural"), new VictimNoun(group, others, leader, true, unit));
        }
        PhraseTable.Builder<VictimGroup> modifiers = PhraseTable.builder();
        Map<String, VictimGroup> modifierGroups = new HashMap<>();
        for (RuleTable.Row row : rules.table(RuleFile.VICTIM_MODIFIERS).rows()) {
            VictimGroup group = group(row);
            if (group == VictimGroup.UNKNOWN) {
                throw row.error("a modifier names a known victim group, not unknown");
            }
            modifiers.add(row.get("phrase"), group);
            modifierGroups.put(row.get("phrase"), group);
        }
        // a nation's people by its plural demonym ("two Palestinians", "ten Germans"): persons of no group
        // but the one a modifier of the same form gives ("Americans")
        for (RuleTable.Row row : rules.table(RuleFile.WORLD_COUNTRIES).rows()) {
            for (String demonym : row.optional("demonyms").split("[|,]")) {
                String plural = demonym.strip().toLowerCase(Locale.ROOT) + "s";
                if (plural.length() > 1 && !plural.contains(" ")) {
                    nouns.add(plural, new VictimNoun(modifierGroups.getOrDefault(plural, VictimGroup.UNKNOWN), false, false, true, false));
                }
            }
        }
        return new VictimLexicon(nouns.build(), modifiers.build());
    }

    private static VictimGroup group(RuleTable.Row row) {
        try {
            return VictimGroup.of(row.get("group"));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown victim group '" + row.get("group") + "'");
        }
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
    public PhraseTable.Match<VictimGroup> modifier(List<Token> tokens, int i) {
        return modifiers.at(tokens, i);
    }

    /**
     * The group of a noun given the groups its modifiers imply: a noun of unknown group takes the
     * first of foreign forces, militants, security forces, civilians among them; soldiers with a
     * foreign modifier are foreign forces; civilians with a militant modifier are militants.
     */
    public static VictimGroup group(VictimGroup nounGroup, List<VictimGroup> modifierGroups) {
        return switch (nounGroup) {
            case SECURITY_FORCES -> modifierGroups.contains(VictimGroup.FOREIGN_FORCES) ? VictimGroup.FOREIGN_FORCES : nounGroup;
            case CIVILIANS -> modifierGroups.contains(VictimGroup.MILITANTS) ? VictimGroup.MILITANTS : nounGroup;
            case UNKNOWN -> {
                for (VictimGroup group : List.of(VictimGroup.FOREIGN_FORCES, VictimGroup.MILITANTS, VictimGroup.SECURITY_FORCES,
                        VictimGroup.CIVILIANS)) {
                    if (modifierGroups.contains(group)) {
                        yield group;
                    }
                }
                yield VictimGroup.UNKNOWN;
            }
            default -> nounGroup;
        };
    }
}
