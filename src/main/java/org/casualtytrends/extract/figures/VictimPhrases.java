package org.casualtytrends.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casualtytrends.extract.figures.FigureWords.WordClass;
import org.casualtytrends.model.CasualtyKind;
import org.casualtytrends.model.VictimGroup;
import org.casualtytrends.text.PhraseTable;
import org.casualtytrends.text.Token;
import org.casualtytrends.text.Tokens;

/**
 * Finds a sentence's victim phrases: a number phrase (or an article, a possessive, "the", a pronoun)
 * and the modifiers and noun that name the victims ("two suspected Haqqani insurgents"), a person's
 * name ("Qari Ziauddin"), a headless count ("four were captured"), a definite plural that takes its
 * count from an earlier sentence ("the insurgents"). Immutable and thread-safe.
 */
final class VictimPhrases {
    private final NumberReader numbers;
    private final VictimLexicon victims;
    private final CasualtyLexicon casualties;
    private final Set<String> nameStopwords;
    /** The count of a unit's uncounted members. */
    private final NumberPhrase several;
    private final Set<String> barriers;
    private final Set<String> gap;
    private final Set<String> possessives;
    private final Set<String> personalPronouns;
    private final Set<String> demonstratives;
    private final Set<String> partitiveDeterminers;
    private final Set<String> partitivePronouns;
    private final Set<String> additiveWords;
    private final Set<String> furtherWords;
    /** Month names as written ("Aug", "August"): a number after one is a day ("the Aug. 29 arrest of a leader"). */
    private final Set<String> months;
    private final Set<String> noAntecedentWords;
    private final Set<String> ordinals;
    private final Set<String> placeWords;

    VictimPhrases(NumberReader numbers, VictimLexicon victims, CasualtyLexicon casualties, Set<String> nameStopwords, Set<String> months,
                  FigureWords words) {
        this.numbers = numbers;
        this.months = Set.copyOf(months);
        this.victims = victims;
        this.casualties = casualties;
        this.nameStopwords = Set.copyOf(nameStopwords);
        this.several = numbers.read(Tokens.of("several"), 0);
        this.barriers = words.words(WordClass.BARRIER);
        this.gap = words.words(WordClass.GAP);
        this.possessives = words.words(WordClass.POSSESSIVE);
        this.personalPronouns = words.words(WordClass.PERSONAL_PRONOUN);
        this.demonstratives = words.words(WordClass.DEMONSTRATIVE);
        this.partitiveDeterminers = words.words(WordClass.PARTITIVE_DETERMINER);
        this.partitivePronouns = words.words(WordClass.PARTITIVE_PRONOUN);
        this.additiveWords = words.words(WordClass.ADDITIVE);
        this.furtherWords = words.words(WordClass.FURTHER);
        this.noAntecedentWords = words.words(WordClass.NO_ANTECEDENT);
        this.ordinals = words.words(WordClass.ORDINAL);
        this.placeWords = words.words(WordClass.PLACE_WORD);
    }

    /** The sentence's victim phrases, in order; an elliptical phrase ("four were captured") takes the group of the last one named. */
    List<VictimPhrase> read(List<Token> tokens, List<int[]> placeSpans, ReadingContext context) {
        List<VictimPhrase> chunks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            VictimPhrase c = chunk(tokens, i, placeSpans, context);
            if (c != null) {
                chunks.add(c);
                i = c.to;
            } else {
                i++;
            }
        }
        VictimGroup lastGroup = context.lastGroup();
        VictimGroup lastPerson = context.lastPerson();
        for (VictimPhrase c : chunks) {
            if (c.headless || c.others) {
                c.group = lastGroup;
            } else if (c.pronoun) {
                c.group = lastPerson; // "a gunman killed 20 people before police shot him dead": him is the gunman
            } else if (c.noun != null && c.value > 0) {
                lastGroup = c.group;
                lastPerson = c.singular ? c.group : lastPerson;
            }
        }
        context.lastGroup(lastGroup);
        context.lastPerson(lastPerson);
        return chunks;
    }

    void rememberCounts(List<VictimPhrase> chunks, ReadingContext context) {
        for (VictimPhrase c : chunks) {
            if (c.noun != null && !c.singular && (c.cohort == Cohort.GENERIC || c.cohort == Cohort.ADDED) && c.value > 0) {
                context.remember(c.noun, c.value, c.vague, c.victims);
            }
            if (c.victims) {
                context.victimsCounted();
            }
        }
    }

    /** The victim phrase starting at token {@code i}, or null. */
    private VictimPhrase chunk(List<Token> tokens, int i, List<int[]> placeSpans, ReadingContext context) {
        Token first = tokens.get(i);
        VictimPhrase c = new VictimPhrase(i);
        int j = i;
        boolean all = false;
        boolean possessive = false;
        if (first.is("all") && i + 1 < tokens.size() && !tokens.get(i + 1).is("of")) {
            all = true;
            j++;
        }
        if (first.is("no") && i + 1 < tokens.size() && tokens.get(i + 1).is("one") || first.is("nobody") || first.is("none")) {
            c.to = first.is("no") ? i + 2 : i + 1;
            c.value = 0;
            c.group = VictimGroup.UNKNOWN;
            c.singular = true;
            return c;
        }
        PhraseTable.Match<CasualtyWord> next = casualties.at(tokens, i + 1);
        if (personalPronouns.contains(first.lower()) && (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()
                || barriers.contains(tokens.get(i + 1).lower()) || (next != null && next.value().form() != CasualtyWord.Form.NOUN))) {
            c.to = i + 1;
            c.value = 1;
            c.group = VictimGroup.UNKNOWN;
            c.cohort = Cohort.FALLBACK;
            c.singular = true;
            c.pronoun = true;
            return c;
        }
        NumberPhrase number = numbers.read(tokens, j);
        if (number != null && afterMonth(tokens, j)) {
            return null;
        }
        if (number != null) {
            j = number.to();
        } else if (tokens.get(j).is("the")) {
            c.definite = true;
            j++;
            number = numbers.read(tokens, j);
            if (number != null) {
                if (number.article() || number.vague()) {
                    return null;
                }
                j = number.to();
            }
        } else if (possessives.contains(tokens.get(j).lower())) {
            c.definite = true;
            possessive = true;
            j++;
            number = numbers.read(tokens, j); // "his two brothers"
            if (number != null) {
                if (number.article() || number.vague()) {
                    return null;
                }
                j = number.to();
            }
        } else if (demonstratives.contains(tokens.get(j).lower()) || !first.isCapitalized()) {
            return null;
        }
        if (number != null && j + 1 < tokens.size() && tokens.get(j).is("of")) {
            if (partitiveDeterminers.contains(tokens.get(j + 1).lower())) {
                c.partitive = true;
                j += 2;
                if (partitivePronouns.contains(tokens.get(j - 1).lower())) {
                    return headless(c, number, j, all);
                }
            } else if (possessives.contains(tokens.get(j + 1).lower())) {
                j += 2;
            }
        }
        int head = -1;
        int headEnd = -1;
        VictimNoun noun = null;
        CasualtyKind nounKind = null;
        CasualtyKind premodifierKind = null;
        int kindAt = -1;
        List<VictimGroup> modifierGroups = new ArrayList<>();
        boolean affiliated = false;
        for (int k = j; k < tokens.size() && k < j + 7; ) {
            Token t = tokens.get(k);
            if (t.is("of") && k > j && tokens.get(k - 1).isCapitalized() && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()) {
                k++; // "an Islamic Movement of Uzbekistan facilitator"
                continue;
            }
            if (months.contains(t.text()) && k + 1 < tokens.size()) {
                // "the Aug. 29 arrest of a leader": a date inside the phrase, not a count
                k += tokens.get(k + 1).is(".") ? 2 : 1;
                k += k < tokens.size() && tokens.get(k).type() == Token.Type.NUMBER ? 1 : 0;
                continue;
            }
            if (ordinals.contains(t.lower()) || Character.isDigit(t.text().charAt(0)) && t.isWord()) {
                return null; // "the seventh Taliban leader", "the 17th leader captured": a rank, not a count
            }
            if (t.type() == Token.Type.NUMBER || (t.type() == Token.Type.PUNCT && !t.lower().equals("'s")) || barriers.contains(t.lower())) {
                break;
            }
            PhraseTable.Match<CasualtyWord> cue = casualties.at(tokens, k);
            PhraseTable.Match<VictimNoun> victim = victims.noun(tokens, k);
            if (cue != null && cue.value().form() == CasualtyWord.Form.NOUN) {
                head = k;
                headEnd = k + cue.length();
                // "her death", "the deaths": a noun of casualty counts its victims; in the singular only with
                // whose it is ("her death", "the death of a leader"): "a combat death", "the death toll" count no one
                boolean plural = t.lower().endsWith("s");
                if (!plural && !possessive && !(headEnd < tokens.size() && tokens.get(headEnd).is("of"))) {
                    return null;
                }
                noun = new VictimNoun(VictimGroup.UNKNOWN, false, false, plural, false);
                nounKind = cue.value().kind();
                kindAt = k;
                k = headEnd;
                continue;
            }
            if (cue != null && k == j && (number != null || c.definite) && cue.value().form() == CasualtyWord.Form.VERB
                    && nounFollows(tokens, k + cue.length())) {
                // "the detained facilitator", "two wounded civilians": the participle says what befell them
                premodifierKind = cue.value().kind();
                kindAt = k;
                k += cue.length();
                continue;
            }
            if (cue != null) {
                break;
            }
            PhraseTable.Match<VictimGroup> modifier = victims.modifier(tokens, k);
            if (modifier != null) {
                modifierGroups.add(modifier.value());
                affiliated |= t.isCapitalized() && modifier.value() == VictimGroup.MILITANTS;
            }
            if (victim != null) {
                head = k;
                headEnd = k + victim.length();
                noun = victim.value();
                nounKind = null;
                kindAt = premodifierKind == null ? -1 : kindAt;
                k = headEnd;
                continue;
            }
            k += modifier != null ? modifier.length() : 1;
        }
        if (noun == null) {
            if (number != null && !number.article() && !c.definite && endsPhrase(tokens, j) && !isYear(tokens.get(i))) {
                return headless(c, number, j, all);
            }
            if (number != null && !c.definite && j < tokens.size() && furtherWords.contains(tokens.get(j).lower())
                    && endsPhrase(tokens, j + 1)) {
                headless(c, number, j + 1, all); // "two more were detained"
                c.cohort = Cohort.ADDED;
                return c;
            }
            return number == null && !c.definite && first.isCapitalized() ? name(tokens, i, placeSpans) : null;
        }
        c.to = headEnd;
        c.noun = tokens.get(head).lower();
        boolean bare = number == null && !c.definite;
        c.nounKind = nounKind != null ? nounKind : premodifierKind;
        c.kindAt = c.nounKind != null ? kindAt : -1;
        c.singular = !noun.plural();
        if (number != null && number.article() && noun.plural()) {
            return null;
        }
        if (noun.group() == VictimGroup.UNKNOWN && !noun.others() && c.to + 1 < tokens.size() && tokens.get(c.to).is("of")) {
            c.to = ofPhrase(tokens, c.to + 1, modifierGroups);
        }
        c.others = noun.others();
        c.group = noun.others() ? VictimGroup.UNKNOWN : VictimLexicon.group(noun.group(), modifierGroups);
        if (c.to < tokens.size() && tokens.get(c.to).isCapitalized() && noun.leader() && !noun.plural()) {
            VictimPhrase named = name(tokens, c.to, placeSpans);
            if (named != null) {
                c.to = named.to;
                c.named = true;
            }
        }
        if (bare && !c.named) {
            return null; // "Haqqani leader" without article or name is part of a larger phrase ("the 17th Haqqani leader")
        }
        if (noun.unit() && c.singular) {
            // "an insurgent mortar team was killed": its members, not counted, are "several"
            c.value = several.value();
            c.operator = several.operator();
            c.vague = true;
            c.singular = false;
            c.cohort = Cohort.GENERIC;
            return c;
        }
        boolean noAntecedent = false;
        boolean additive = tokens.get(i).is("another");
        boolean further = false;
        for (int k = j; k < head; k++) {
            noAntecedent |= noAntecedentWords.contains(tokens.get(k).lower());
            additive |= additiveWords.contains(tokens.get(k).lower());
            further |= furtherWords.contains(tokens.get(k).lower());
        }
        if (number != null) {
            c.value = number.value();
            c.operator = number.operator();
            c.vague = number.vague();
            // "a Haqqani member" is someone in particular; "an individual" may be any of those detained
            boolean target = noun.leader() || (number.article() && !additive && affiliated);
            // "all 11 insurgents" restates a count of victims, unless the same noun was just counted otherwise
            // ("killing four insurgents ... killing all 11 insurgents"); a group of that count met without a
            // casualty after other victims were counted ("killing four insurgents ... a group of 11 gunmen
            // approached ... killing all 11 gunmen") are victims besides them
            ReadingContext.Antecedent counted = all ? context.antecedent(c.noun) : null;
            boolean allOfAnotherGroup = counted != null && !counted.vague() && counted.value() != number.value();
            boolean allOfAGroupMet = counted != null && !counted.victims() && counted.afterVictims() && counted.value() == number.value();
            boolean restated = number.both() || (all && !allOfAnotherGroup && !allOfAGroupMet) || (c.definite && !possessive);
            c.cohort = restated ? Cohort.TOTAL : further || allOfAGroupMet ? Cohort.ADDED : target ? Cohort.TARGET : Cohort.GENERIC;
        } else if (c.singular) {
            c.value = 1;
            c.cohort = noun.leader() || c.named ? Cohort.TARGET : Cohort.FALLBACK;
        } else {
            ReadingContext.Antecedent antecedent = noAntecedent || !c.definite ? null : context.antecedent(c.noun);
            if (antecedent == null) {
                return null;
            }
            c.value = antecedent.value();
            c.vague = antecedent.vague();
            c.cohort = Cohort.TOTAL;
        }
        return c;
    }

    /** Whether a victim noun follows token {@code k}, after its modifiers ("detained suspected Haqqani insurgents"). */
    private boolean nounFollows(List<Token> tokens, int k) {
        for (int m = k; m < tokens.size() && m < k + 4; ) {
            if (victims.noun(tokens, m) != null) {
                return true;
            }
            PhraseTable.Match<VictimGroup> modifier = victims.modifier(tokens, m);
            if (modifier == null) {
                return false;
            }
            m += modifier.length();
        }
        return false;
    }

    private VictimPhrase headless(VictimPhrase c, NumberPhrase number, int to, boolean all) {
        c.to = to;
        c.value = number.value();
        c.operator = number.operator();
        c.vague = number.vague();
        c.headless = true;
        c.group = VictimGroup.UNKNOWN;
        c.singular = number.value() == 1;
        // a bare vague word ("killing dozens", "Dozens killed") counts only when nothing else does (R3d)
        c.cohort = number.both() || all ? Cohort.TOTAL : number.vague() ? Cohort.FALLBACK : Cohort.GENERIC;
        return c;
    }

    /** Whether a month's name ("Aug.", "August") stands right before token {@code j}. */
    private boolean afterMonth(List<Token> tokens, int j) {
        int k = j > 0 && tokens.get(j - 1).is(".") ? j - 2 : j - 1;
        return k >= 0 && months.contains(tokens.get(k).text());
    }

    private boolean isYear(Token t) {
        return t.type() == Token.Type.NUMBER && t.text().length() == 4 && t.text().compareTo("1900") >= 0 && t.text().compareTo("2100") < 0;
    }

    /** After a number without noun: the phrase is elliptical ("four were captured", "killing one and ..."). */
    private boolean endsPhrase(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        return t.type() == Token.Type.PUNCT || barriers.contains(t.lower()) || casualties.at(tokens, j) != null
                || gap.contains(t.lower());
    }

    /** A person's name ("Qari Ziauddin", "Fayez Jan"): capitalized words that are no place or known word. */
    private VictimPhrase name(List<Token> tokens, int i, List<int[]> placeSpans) {
        int j = i;
        while (j < tokens.size() && j < i + 4 && tokens.get(j).isCapitalized() && !nameStopwords.contains(tokens.get(j).lower())
                && victims.noun(tokens, j) == null && victims.modifier(tokens, j) == null && casualties.at(tokens, j) == null
                && !inPlace(tokens.get(j), placeSpans)) {
            j++;
        }
        if (j == i || (j < tokens.size() && placeWords.contains(tokens.get(j).lower()))) {
            return null;
        }
        VictimPhrase c = new VictimPhrase(i);
        c.to = j;
        c.value = 1;
        c.group = VictimGroup.UNKNOWN;
        c.cohort = Cohort.TARGET;
        c.named = true;
        c.singular = true;
        return c;
    }

    private boolean inPlace(Token t, List<int[]> placeSpans) {
        for (int[] span : placeSpans) {
            if (t.begin() < span[1] && t.end() > span[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The groups named in "of the security forces", "of the Afghan National Army", added to {@code groups};
     * returns the end of the phrase when it names one, else {@code from - 1} (the "of" is not taken).
     */
    private int ofPhrase(List<Token> tokens, int from, List<VictimGroup> groups) {
        List<VictimGroup> found = new ArrayList<>();
        boolean named = false;
        int k = from;
        while (k < tokens.size() && k < from + 5) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT || (barriers.contains(t.lower()) && !t.is("the"))
                    || casualties.at(tokens, k) != null) {
                break;
            }
            PhraseTable.Match<VictimNoun> noun = victims.noun(tokens, k);
            PhraseTable.Match<VictimGroup> modifier = victims.modifier(tokens, k);
            if (noun != null && (noun.value().group() != VictimGroup.UNKNOWN || noun.value().others())) {
                if (!noun.value().others()) {
                    found.add(noun.value().group());
                }
                named = true;
                k += noun.length();
            } else if (modifier != null) {
                found.add(modifier.value());
                named = true;
                k += modifier.length();
            } else {
                k++;
            }
        }
        groups.addAll(found);
        return named ? k : from - 1;
    }
}
