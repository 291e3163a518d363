package org.casualtytrends.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.casualtytrends.model.DatePrecision;
import org.casualtytrends.model.EventType;
import org.casualtytrends.model.Incident;
import org.casualtytrends.model.LocationPrecision;
import org.casualtytrends.model.VictimGroup;
import java.util.function.Function;

/** Reads a gold JSONL file; the first line's fields decide the format, every line must share it. */
final class GoldReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldReader() {
    }

    static Gold read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        String format = null;
        Set<String> articleIds = new HashSet<>();
        List<IsafGoldArticle> isaf = new ArrayList<>();
        List<NewsGoldArticle> news = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            GoldLine line = GoldLine.parse(MAPPER, file, i + 1, lines.get(i));
            String lineFormat = formatOf(line);
            if (format == null) {
                format = lineFormat;
            } else if (!format.equals(lineFormat)) {
                throw line.error("a " + lineFormat + "-format line in a file whose first line is " + format + "-format");
            }
            String articleId = line.requiredText("article_id");
            if (!articleIds.add(articleId)) {
                throw line.error("article " + articleId + " appears a second time");
            }
            if (format.equals(Gold.ISAF)) {
                isaf.add(isafArticle(line, articleId));
            } else {
                news.add(newsArticle(line, articleId));
            }
        }
        if (format == null) {
            throw new IllegalArgumentException(file + ": no gold lines");
        }
        return format.equals(Gold.ISAF) ? new IsafGold(file, isaf) : new NewsGold(file, news);
    }

    private static String formatOf(GoldLine line) {
        if (line.has("incidents")) {
            return Gold.NEWS;
        }
        if (line.has("killed")) {
            return Gold.ISAF;
        }
        throw line.error("neither \"incidents\" (news format) nor \"killed\" (ISAF format)");
    }

    private static IsafGoldArticle isafArticle(GoldLine line, String articleId) {
        return new IsafGoldArticle(
                articleId,
                line.date("published"),
                line.date("event_date"),
                line.texts("province_codes"),
                line.requiredInt("killed"),
                line.requiredInt("captured"));
    }

    private static NewsGoldArticle newsArticle(GoldLine line, String articleId) {
        List<GoldIncident> incidents = new ArrayList<>();
        for (GoldLine object : line.objects("incidents", "incident")) {
            String incidentId = articleId + "#gold" + (incidents.size() + 1);
            incidents.add(goldIncident(object, articleId, incidentId));
        }
        return new NewsGoldArticle(articleId, line.date("published"), incidents);
    }

    private static GoldIncident goldIncident(GoldLine in, String articleId, String incidentId) {
        GoldLine groups = in.object("killed_by_group");
        for (Iterator<String> names = groups.fieldNames(); names.hasNext(); ) {
            vocabulary(groups, names.next(), VictimGroup::of);
        }
        Incident incident = Incident.builder()
                .articleId(articleId)
                .incidentId(incidentId)
                .eventDate(in.date("event_date"))
                .dateStart(in.date("date_start"))
                .dateEnd(in.date("date_end"))
                .datePrecision(vocabulary(in, in.text("date_precision"), DatePrecision::of))
                .country(in.text("country"))
                .province(in.text("province"))
                .provinceCode(in.text("province_code"))
                .district(in.text("district"))
                .districtCode(in.text("district_code"))
                .locationPrecision(vocabulary(in, in.text("location_precision"), LocationPrecision::of))
                .eventType(vocabulary(in, in.text("event_type"), EventType::of))
                .perpetrator(in.text("perpetrator"))
                .killedLow(in.integer("killed_low"))
                .killedBest(in.integer("killed_best"))
                .killedHigh(in.integer("killed_high"))
                .injuredLow(in.integer("injured_low"))
                .injuredBest(in.integer("injured_best"))
                .injuredHigh(in.integer("injured_high"))
                .missingBest(in.integer("missing_best"))
                .capturedBest(in.integer("captured_best"))
                .killedSecurityForces(groups.integer("security_forces"))
                .killedForeignForces(groups.integer("foreign_forces"))
                .killedCivilians(groups.integer("civilians"))
                .killedMilitants(groups.integer("militants"))
                .killedUnknown(groups.integer("unknown"))
                .bestRestsOnClaim(in.flag("best_rests_on_claim"))
                .disputed(in.flag("disputed"))
                .isPrimary(in.flag("is_primary"))
                .build();
        List<GoldFigure> figures = new ArrayList<>();
        for (GoldLine figure : in.objects("figures", "figure")) {
            figures.add(new GoldFigure(
                    figure.text("quote"),
                    figure.text("kind"),
                    figure.integer("value"),
                    figure.text("operator"),
                    figure.text("source_type")));
        }
        return new GoldIncident(incident, in.flag("optional"), in.text("summary"), figures);
    }

    /** A value of one of the tables' vocabularies; an unknown one is the line's error. */
    private static <T> T vocabulary(GoldLine line, String code, Function<String, T> parse) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
    }
}
