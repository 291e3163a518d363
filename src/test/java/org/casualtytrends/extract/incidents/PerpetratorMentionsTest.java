package org.casualtytrends.extract.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.text.PatternGroup;
import org.junit.jupiter.api.Test;

/**
 * The actors' alternation runs only where one of its start literals stands: it finds the mentions,
 * one after the other, that {@code find()} over the whole sentence finds.
 */
class PerpetratorMentionsTest {
    private static final List<String> SENTENCES = List.of(
            "Taliban fighters attacked a police checkpoint in Kandahar, police said.",
            "The Islamic State group claimed the attack; IS-K and ISKP are its names in Khorasan Province.",
            "A Palestinian man stabbed two Israeli soldiers before the IDF shot the assailant dead.",
            "the gunman, a lone shooter, fired at U.S.-led coalition troops and Afghan National Army soldiers.",
            "Al-Shabaab and al Shabab, AQAP and al-Qaida in the Arabian Peninsula: the groups were blamed.",
            "This is not a mention: crisis, basis, analysis, this, Isis (a name), THE ISIS.",
            "Unidentified gunmen and suspected militants; Kurdish-led forces of the SDF and YPG; PKK, TAK.",
            "Pro-government forces, the Hashd al-Shaabi and the PMF fought Houthis near Ansar Allah posts.",
            "Boko Haram insurgents and ISWAP killed 30 in Borno; a Nigerian army spokesman said so.",
            "",
            "Police");

    @Test
    void findsTheMentionsThatFindFinds() {
        PatternGroup actors = Perpetrators.load(RuleBundle.packaged()).actors();
        int mentions = 0;
        for (String sentence : SENTENCES) {
            List<String> found = new ArrayList<>();
            PatternGroup.Matches matches = actors.matches(sentence);
            for (Matcher m = matches.find(0, 0); m != null; m = matches.findNext(0, m)) {
                found.add(m.start() + "-" + m.end());
            }
            List<String> plain = new ArrayList<>();
            Matcher m = actors.pattern(0).matcher(sentence);
            while (m.find()) {
                plain.add(m.start() + "-" + m.end());
            }
            assertEquals(plain, found, sentence);
            mentions += plain.size();
        }
        assertTrue(mentions > 30, "the sentences name " + mentions + " actors");
    }

    @Test
    void findsTheCuesThatFindFinds() {
        PatternGroup cues = Perpetrators.load(RuleBundle.packaged()).cues();
        List<String> texts = new ArrayList<>(SENTENCES);
        texts.addAll(List.of(
                "The Taliban claimed responsibility for the attack, a spokesman said; the government blamed the PKK.",
                "According to the army, an attack by Kurdish militants on police posts; the group denied involvement.",
                "police said militants attacked, killing four; Islamic State said it carried out the bombing.",
                "The army reported that gunmen opened fire after targeting soldiers in an ambush claimed by no one."));
        int found = 0;
        for (String text : texts) {
            // every stretch the rules read: up to 80 characters before or after a position
            for (int at = 0; at <= text.length(); at++) {
                for (String window : List.of(text.substring(Math.max(0, at - 80), at), text.substring(at, Math.min(text.length(), at + 80)))) {
                    PatternGroup.Matches matches = cues.matches(window);
                    for (int k = 0; k < Perpetrators.cueCount(); k++) {
                        boolean plain = cues.pattern(k).matcher(window).find();
                        assertEquals(plain, matches.find(k, 0) != null, cues.pattern(k) + " in " + window);
                        found += plain ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(found > 100, "cues found: " + found);
    }
}
