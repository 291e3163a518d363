package org.casualtytrends.extract.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casualtytrends.config.RuleBundle;
import org.casualtytrends.model.SourceType;
import org.casualtytrends.model.VictimGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {
    private static final SourceReader READER = SourceReader.load(RuleBundle.packaged());
    private static final Pattern NUMBER = Pattern.compile("\\d+|\\b(?:three|four|six|seven|eight|nine|twelve)\\b");

    /** The source of the sentence's figure, the first number being where the figure is. */
    private static Attribution read(String sentence) {
        return READER.read(sentence, new SourceContext()).at(figureAt(sentence));
    }

    private static int figureAt(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        return m.find() ? m.start() : 0;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nine soldiers were killed, according to the defence ministry.|official|government",
            "Police said four civilians died in the blast.|official|government",
            "Four civilians died in the blast, the provincial governor's spokesman said.|official|government",
            "Twelve wounded people were brought in, a doctor at the city hospital said.|official|neutral",
            "Residents said the bodies of six villagers were found.|witness|neutral",
            "Taliban spokesman Zabihullah Mujahid said 20 soldiers were killed.|official|insurgent",
            "Six people were killed, Reuters reported.|media|neutral",
            "Six people were killed in the market on Sunday.|media|neutral",
            "A monitoring group said at least 20 people were killed.|official|neutral",
            "The Syrian Observatory for Human Rights said 25 people were killed.|official|neutral",
            "State media said at least eight people were killed.|official|government",
            "Hospital and security sources said seven civilians were killed.|official|neutral",
            "Security sources said four people died in the clashes.|media|neutral",
            "Activists said 12 people were killed in the shelling.|media|neutral",
            "An ambulance driver said he carried 11 wounded people.|witness|neutral",
            "The group's Amaq news agency said 30 soldiers were killed.|official|insurgent"})
    void classifiesTheSource(String sentence, String type, String side) {
        Attribution source = read(sentence);
        assertEquals(type, source.type().code());
        assertEquals(side, source.side().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void aHeadlineNamesItsSourceByAColon() {
        assertEquals(SourceType.OFFICIAL, read("Two bombs kill 14 in a market town: monitor").type());
        assertEquals(SourceType.OFFICIAL, read("Police: gunmen killed three guards at a bank").type());
        assertEquals(SourceType.MEDIA, read("Gunmen kill three guards at a bank: the full story").type(), "no source rule knows those words");
    }

    @Test
    void looksPastAnAppositionForTheSpeaker() {
        Attribution source = read("The Syrian Observatory, an opposition group that monitors the war, said two fighters were killed.");
        assertEquals(SourceType.OFFICIAL, source.type());
        assertEquals(Attribution.Side.NEUTRAL, source.side());
        assertEquals(SourceType.OFFICIAL, read("Officials who spoke on condition of anonymity said nine soldiers were killed.").type());
    }

    @Test
    void aSpeakerNoRuleKnowsIsASourceWithoutInstitution() {
        Attribution source = read("Hussein Ali said security forces had killed two of the attackers.");
        assertEquals(SourceType.MEDIA, source.type());
        assertEquals("Hussein Ali", source.text());
        assertEquals(SourceType.MEDIA, source.typeFor(VictimGroup.MILITANTS), "no party: no claim");
        assertEquals(null, read("Five militants were reported killed in the raid.").text());
    }

    @Test
    void readsTheTitleOfANamedSpeaker() {
        Attribution source = read("Rahim Khan, head of the provincial council, said seven policemen were killed.");
        assertEquals("head of the provincial council", source.text());
        assertEquals(SourceType.OFFICIAL, source.type());
    }

    @Test
    void resolvesPronounsAndNamesToEarlierSources() {
        SourceContext context = new SourceContext();
        READER.read("Rahim Khan, head of the provincial council, said seven policemen were killed.", context);
        assertEquals(Attribution.Side.GOVERNMENT, READER.read("He said three more were wounded.", context).at(8).side());
        READER.read("Residents said the market was crowded.", context);
        assertEquals(SourceType.OFFICIAL, READER.read("\"They attacked at dawn,\" Khan told reporters.", context).at(0).type());
    }

    @Test
    void givesEachFigureTheSourceThatSpeaksOfIt() {
        String sentence = "The Taliban said they had killed 40 soldiers, but the defence ministry said six soldiers died.";
        SentenceSources sources = READER.read(sentence, new SourceContext());
        assertEquals(Attribution.Side.INSURGENT, sources.at(sentence.indexOf("40")).side());
        assertEquals("the defence ministry", sources.at(sentence.indexOf("six")).text());
        assertEquals(Attribution.REPORTER, READER.read("Six people died in the blast.", new SourceContext()).at(0));
    }

    @Test
    void makesClaimsOfAPartySpeakingOfItsEnemysLosses() {
        Attribution taliban = read("Taliban spokesman Zabihullah Mujahid said 20 soldiers were killed.");
        Attribution ministry = read("The defence ministry said 30 militants were killed.");
        assertEquals(SourceType.CLAIM, taliban.typeFor(VictimGroup.SECURITY_FORCES));
        assertEquals(SourceType.OFFICIAL, taliban.typeFor(VictimGroup.MILITANTS));
        assertEquals(SourceType.CLAIM, ministry.typeFor(VictimGroup.MILITANTS));
        assertEquals(SourceType.OFFICIAL, ministry.typeFor(VictimGroup.CIVILIANS));
        assertEquals(SourceType.CLAIM, Attribution.REPORTER.typeFor(VictimGroup.MILITANTS));
        assertEquals(SourceType.MEDIA, Attribution.REPORTER.typeFor(VictimGroup.CIVILIANS));
        assertEquals(SourceType.WITNESS, read("Villagers said eight militants were killed.").typeFor(VictimGroup.MILITANTS));
    }
}
