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
}
