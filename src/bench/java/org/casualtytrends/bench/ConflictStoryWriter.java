package org.casualtytrends.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a conflict story: a lead with the figures, attribution quotes, details, sometimes a party's higher
 * claim and an earlier incident elsewhere, then background. Wire reports and military press releases
 * (for militant victims) differ in their rules. The truth holds the lead's figures, province and date.
 */
final class ConflictStoryWriter {
    private static final double CLAIM_SHARE = 0.4;
    private static final double BACKGROUND_SHARE = 0.35;

    private enum Style { WIRE, RELEASE }

    /** The rules of one kind, victim group and style. */
    private record Rules(int title, int dateline, int lead, int detail, int quote, int context, int target, int source) {
    }

    /** The clause rules of a figure shape: "killing 13 soldiers", "13 soldiers were killed", "kills 13 soldiers". */
    private record ShapeClauses(int killing, int passive, int toll) {
    }

    private final TemplateGrammar grammar;
    private final SceneBinder scene;
    private final AfghanPlaces places;
    private final CasualtyNouns nouns;
    private final FigureWords figures;
    private final WeightedChoice<ConflictKind> kinds;
    private final Map<String, Rules> rules = new HashMap<>();
    private final Map<FigureShape, ShapeClauses> shapeClauses = new HashMap<>();
    private final int claim;
    private final int background;
    private final int releaseSource;

    ConflictStoryWriter(TemplateGrammar grammar, SceneBinder scene, AfghanPlaces places, CasualtyNouns nouns,
                        FigureWords figures, WeightedChoice<ConflictKind> kinds) {
        this.grammar = grammar;
        this.scene = scene;
        this.places = places;
        this.nouns = nouns;
        this.figures = figures;
        this.kinds = kinds;
        this.claim = grammar.require("wire.claim");
        this.background = grammar.require("wire.background");
        this.releaseSource = grammar.require("release.source");
        for (ConflictKind kind : kinds.items()) {
            for (FigureShape shape : kind.shapes().items()) {
                shapeClauses.computeIfAbsent(shape, s -> new ShapeClauses(
                        grammar.require("killing." + s), grammar.require("passive." + s), grammar.require("toll." + s)));
            }
            for (String group : kind.groups().items()) {
                if (!nouns.hasGroup(group)) {
                    throw new IllegalStateException("conf/bench/conflict-kinds.txt: group " + group + " of " + kind.name()
                            + " has no nouns in casualty-nouns.txt");
                }
                rules.put(key(kind, group, Style.WIRE), resolve(kind, group, Style.WIRE));
                if (group.equals(ConflictKind.MILITANTS) && kind.releaseShare() > 0) {
                    rules.put(key(kind, group, Style.RELEASE), resolve(kind, group, Style.RELEASE));
                }
            }
        }
        for (String group : List.of("captured", "injured", "security", "civilians")) {
            if (!nouns.hasGroup(group)) {
                throw new IllegalStateException("conf/bench/casualty-nouns.txt has no nouns of group " + group);
            }
        }
    }

    Story write(StoryContext context, LocalDate published) {
        SplittableRandom random = context.random();
        ConflictKind kind = kinds.pick(random);
        String group = kind.groups().pick(random);
        FigureShape shape = kind.shapes().pick(random);
        Style style = group.equals(ConflictKind.MILITANTS) && random.nextDouble() < kind.releaseShare() ? Style.RELEASE : Style.WIRE;
        Rules rule = rules.get(key(kind, group, style));

        AfghanPlaces.Province province = places.conflictProvince(random);
        LocalDate eventDate = scene.bind(context, published, province);
        NounPair victims = nouns.pick(group, random);
        Integer killed = shape.killed ? casualties(random, 0.9, 0.85, 150) : null;
        Integer injured = shape.injured ? casualties(random, 1.3, 0.9, 200) : null;
        Integer captured = shape.captured ? casualties(random, 0.8, 0.8, 40) : null;
        if (killed != null) {
            context.set(StorySlot.KILLED_NP, figures.phrase(killed, victims, random));
            context.set(StorySlot.KILLED_BE, FigureWords.be(killed));
            context.set(StorySlot.KILLED_HEAD, FigureWords.headline(killed, victims));
        }
        if (injured != null) {
            // "one soldier was killed and one soldier wounded" reads as a slip: repeat the noun only for groups
            boolean repeatNoun = killed > 1 && injured > 1 && random.nextBoolean();
            NounPair wounded = repeatNoun ? victims : nouns.pick("injured", random);
            context.set(StorySlot.INJURED_NP, figures.phrase(injured, wounded, random));
            context.set(StorySlot.INJURED_BE, FigureWords.be(injured));
        }
        if (captured != null) {
            NounPair detainees = nouns.pick("captured", random);
            context.set(StorySlot.CAPTURED_NP, figures.phrase(captured, detainees, random));
            context.set(StorySlot.CAPTURED_BE, FigureWords.be(captured));
            context.set(StorySlot.CAPTURED_HEAD, FigureWords.headline(captured, detainees));
        }
        context.set(StorySlot.TARGET, grammar.expand(rule.target, context));
        context.set(StorySlot.SOURCE, grammar.expand(rule.source, context));
        ShapeClauses clauses = shapeClauses.get(shape);
        context.set(StorySlot.KILLING, grammar.expand(clauses.killing, context));
        context.set(StorySlot.PASSIVE, grammar.expand(clauses.passive, context));
        context.set(StorySlot.TOLL, grammar.expand(clauses.toll, context));

        StoryText text = new StoryText(grammar, context);
        text.addLead(rule.dateline, grammar.expand(rule.lead, context));
        String source;
        if (style == Style.WIRE) {
            source = context.get(StorySlot.OUTLET);
            writeWire(context, text, rule, group, killed, province);
        } else {
            source = grammar.expand(releaseSource, context);
            writeRelease(text, rule);
        }
        String title = grammar.expand(rule.title, context);
        return new Story(title, text.text(), source,
                new SyntheticArchive.Truth(killed, injured, captured, province.name(), eventDate));
    }

    private void writeWire(StoryContext context, StoryText text, Rules rule, String group, Integer killed,
                           AfghanPlaces.Province province) {
        SplittableRandom random = context.random();
        text.add(rule.quote);
        if (killed != null && group.equals("security") && random.nextDouble() < CLAIM_SHARE) {
            int claimed = killed + 1 + random.nextInt(Math.max(3, 2 * killed));
            context.set(StorySlot.CLAIM_NP, figures.plain(claimed, nouns.pick(group, random), random));
            text.add(claim);
        }
        text.addOptional(rule.detail);
        if (random.nextDouble() < BACKGROUND_SHARE) {
            int dead = casualties(random, 1.2, 0.8, 60);
            NounPair victims = nouns.pick(random.nextBoolean() ? "security" : "civilians", random);
            context.set(StorySlot.BG_PROVINCE, places.otherProvince(province, random).name());
            context.set(StorySlot.BG_NP, figures.phrase(dead, victims, random));
            context.set(StorySlot.BG_BE, FigureWords.be(dead));
            text.addOptional(background);
        }
        for (int paragraph : new int[] {rule.detail, rule.quote, rule.detail, rule.detail, rule.quote}) {
            text.addOptional(paragraph);
        }
        text.addRemaining(rule.context);
    }

    private static void writeRelease(StoryText text, Rules rule) {
        text.add(rule.detail);
        for (int paragraph : new int[] {rule.quote, rule.detail, rule.detail, rule.detail}) {
            text.addOptional(paragraph);
        }
        text.addRemaining(rule.context);
    }

    /** A log-normal count of people, at least one: mostly a few, sometimes dozens. */
    private static int casualties(SplittableRandom random, double mu, double sigma, int max) {
        long n = Math.round(Math.exp(mu + sigma * random.nextGaussian()));
        return (int) Math.max(1, Math.min(max, n));
    }

    private Rules resolve(ConflictKind kind, String group, Style style) {
        String prefix = style.name().toLowerCase(Locale.ROOT);
        return new Rules(part(prefix, "title", kind, group), part(prefix, "dateline", kind, group),
                part(prefix, "lead", kind, group), part(prefix, "detail", kind, group), part(prefix, "quote", kind, group),
                part(prefix, "context", kind, group),
                grammar.require("target." + kind.name() + "." + group), grammar.require("source." + group));
    }

    /** The most specific rule: STYLE.PART.KIND.GROUP, STYLE.PART.KIND, STYLE.PART.GROUP, STYLE.PART. */
    private int part(String style, String part, ConflictKind kind, String group) {
        String base = style + "." + part;
        return grammar.requireFirst(List.of(base + "." + kind.name() + "." + group, base + "." + kind.name(),
                base + "." + group, base));
    }

    private static String key(ConflictKind kind, String group, Style style) {
        return kind.name() + "/" + group + "/" + style;
    }
}
