package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casualtytrends.config.ConfFiles;

/**
 * Named rules with alternative templates, read from conf/bench grammar files (format in words-grammar.txt).
 * Slots are resolved to rule or variable indexes when loading, so that unknown names fail at once with
 * their file and line, and expansion does no lookups by name.
 */
final class TemplateGrammar {
    private static final int MAX_DEPTH = 40;

    private enum Casing { AS_IS, CAPITALISE, UPPER }

    private record Slot(String name, boolean variable, int index, boolean memo, Casing casing) {
    }

    /** Literal text around the slots: literals[i] precedes slots[i]; the last literal ends the template. */
    private record Template(String[] literals, Slot[] slots) {
    }

    private record Source(String location, int line, String text) {
    }

    private final String[] names;
    private final Template[][] rules;
    private final Map<String, Integer> indexes;

    private TemplateGrammar(String[] names, Template[][] rules, Map<String, Integer> indexes) {
        this.names = names;
        this.rules = rules;
        this.indexes = indexes;
    }

    static TemplateGrammar load(List<String> locations) {
        Map<String, List<Source>> alternatives = new LinkedHashMap<>();
        for (String location : locations) {
            readRules(location, alternatives);
        }
        Map<String, Integer> indexes = new HashMap<>();
        String[] names = alternatives.keySet().toArray(String[]::new);
        for (int i = 0; i < names.length; i++) {
            indexes.put(names[i], i);
        }
        Map<String, Integer> variables = new HashMap<>();
        for (StorySlot slot : StorySlot.values()) {
            variables.put(slot.templateName(), slot.ordinal());
        }
        Template[][] rules = new Template[names.length][];
        for (int i = 0; i < names.length; i++) {
            List<Source> sources = alternatives.get(names[i]);
            rules[i] = new Template[sources.size()];
            for (int j = 0; j < sources.size(); j++) {
                rules[i][j] = compile(sources.get(j), indexes, variables);
            }
        }
        return new TemplateGrammar(names, rules, indexes);
    }

    int rules() {
        return names.length;
    }

    private Optional<Integer> find(String name) {
        return Optional.ofNullable(indexes.get(name));
    }

    int require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("the conf/bench grammar has no rule [" + name + "]"));
    }

    /** The first of these rules that exists. */
    int requireFirst(List<String> candidates) {
        for (String name : candidates) {
            Optional<Integer> rule = find(name);
            if (rule.isPresent()) {
                return rule.get();
            }
        }
        throw new IllegalStateException("the conf/bench grammar has none of the rules " + candidates);
    }

    /** The texts of a rule whose alternatives are plain words without slots (a list of names). */
    List<String> plainAlternatives(int rule) {
        List<String> texts = new ArrayList<>();
        for (Template template : rules[rule]) {
            if (template.slots.length > 0) {
                throw new IllegalStateException("rule [" + names[rule] + "] must list plain names, without slots");
            }
            texts.add(template.literals[0]);
        }
        return texts;
    }

    int alternatives(int rule) {
        return rules[rule].length;
    }

    /** Expands a random alternative of the rule. */
    String expand(int rule, StoryContext context) {
        int alternatives = rules[rule].length;
        return expand(rule, alternatives == 1 ? 0 : context.random().nextInt(alternatives), context);
    }

    /** Expands the given alternative of the rule. */
    String expand(int rule, int alternative, StoryContext context) {
        StringBuilder out = new StringBuilder(256);
        expand(rule, alternative, context, out, 0);
        return out.toString();
    }

    private void expand(int rule, StoryContext context, StringBuilder out, int depth) {
        int alternatives = rules[rule].length;
        expand(rule, alternatives == 1 ? 0 : context.random().nextInt(alternatives), context, out, depth);
    }

    private void expand(int rule, int alternative, StoryContext context, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("rule [" + names[rule] + "] nests deeper than " + MAX_DEPTH + " levels");
        }
        Template template = rules[rule][alternative];
        for (int i = 0; i < template.slots.length; i++) {
            out.append(template.literals[i]);
            fill(template.slots[i], rule, context, out, depth);
        }
        out.append(template.literals[template.slots.length]);
    }

    private void fill(Slot slot, int rule, StoryContext context, StringBuilder out, int depth) {
        int start = out.length();
        if (slot.variable) {
            String value = context.get(StorySlot.values()[slot.index]);
            if (value == null) {
                throw new IllegalStateException("rule [" + names[rule] + "] uses {" + slot.name + "}, which this story does not set");
            }
            out.append(value);
        } else if (slot.memo) {
            String remembered = context.memo(slot.index);
            if (remembered == null) {
                expand(slot.index, context, out, depth + 1);
                context.memo(slot.index, out.substring(start));
            } else {
                out.append(remembered);
            }
        } else {
            expand(slot.index, context, out, depth + 1);
        }
        if (out.length() > start) {
            switch (slot.casing) {
                case CAPITALISE -> out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
                case UPPER -> out.replace(start, out.length(), out.substring(start).toUpperCase(Locale.ROOT));
                case AS_IS -> { }
            }
        }
    }

    private static void readRules(String location, Map<String, List<Source>> alternatives) {
        String[] lines = ConfFiles.read(location).split("\r?\n", -1);
        List<Source> current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (alternatives.containsKey(name)) {
                    throw new IllegalArgumentException(location + " line " + (i + 1) + ": rule [" + name + "] is defined twice");
                }
                current = new ArrayList<>();
                alternatives.put(name, current);
            } else if (current == null) {
                throw new IllegalArgumentException(location + " line " + (i + 1) + ": text before the first [rule] header");
            } else {
                for (String alternative : line.split(" \\| ", -1)) {
                    String text = alternative.strip();
                    current.add(new Source(location, i + 1, text.equals("~") ? "" : text));
                }
            }
        }
        alternatives.forEach((name, sources) -> {
            if (sources.isEmpty()) {
                throw new IllegalArgumentException(location + ": rule [" + name + "] has no alternatives");
            }
        });
    }

    private static Template compile(Source source, Map<String, Integer> rules, Map<String, Integer> variables) {
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        String text = source.text;
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            int close = text.indexOf('}', from);
            if (close >= 0 && (open < 0 || close < open)) {
                throw error(source, "'}' without '{'");
            }
            if (open < 0) {
                literals.add(text.substring(from));
                return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new));
            }
            int nested = text.indexOf('{', open + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                throw error(source, "'{' without '}'");
            }
            literals.add(text.substring(from, open));
            slots.add(slot(source, text.substring(open + 1, close), rules, variables));
            from = close + 1;
        }
    }

    private static Slot slot(Source source, String spec, Map<String, Integer> rules, Map<String, Integer> variables) {
        Casing casing = Casing.AS_IS;
        String name = spec;
        if (name.startsWith("^")) {
            casing = Casing.CAPITALISE;
            name = name.substring(1);
        } else if (name.startsWith("!")) {
            casing = Casing.UPPER;
            name = name.substring(1);
        }
        boolean memo = name.startsWith("$");
        if (memo) {
            name = name.substring(1);
        }
        Integer rule = rules.get(name);
        Integer variable = variables.get(name);
        if (rule != null && variable != null) {
            throw error(source, "{" + name + "} is both a rule and an article variable");
        }
        if (rule != null) {
            return new Slot(name, false, rule, memo, casing);
        }
        if (variable == null) {
            throw error(source, "unknown slot {" + spec + "}");
        }
        if (memo) {
            throw error(source, "{$" + name + "}: only rules can be kept once per article, not variables");
        }
        return new Slot(name, true, variable, false, casing);
    }

    private static IllegalArgumentException error(Source source, String message) {
        return new IllegalArgumentException(source.location + " line " + source.line + ": " + message + " in: " + source.text);
    }
}
