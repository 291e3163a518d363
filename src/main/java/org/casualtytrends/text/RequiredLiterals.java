package org.casualtytrends.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal strings of which every match of a regex contains at least one, in ASCII lower case: a
 * text without any of them cannot match, so the regex need not run there. Read conservatively from
 * the regex: what is not understood (a back-reference, Unicode case folding, comments mode) or may
 * match anything yields no literals, which means "always try the regex". Lookarounds and anchors
 * require nothing; a short character class ({@code [.,]}, {@code \d}) stands for its characters.
 */
final class RequiredLiterals {
    /** The largest set of exact strings a part of the regex is tracked with. */
    private static final int MAX_STRINGS = 256;
    /** The largest character class read as its characters. */
    private static final int MAX_CLASS = 10;
    private static final int UNSUPPORTED_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS
            | Pattern.LITERAL | Pattern.CANON_EQ;

    /**
     * What is known of the strings a part of the regex matches: all of them ({@code exact}), or
     * literals one of which each contains ({@code required}); null when not known.
     */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info EMPTY = new Info(Set.of(""), null);
        static final Info ANY = new Info(null, null);

        /** The literals one of which every match contains, or null. */
        Set<String> literals() {
            return exact == null ? required : minimal(exact);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The literals for {@code pattern}; empty when any text may match. */
    static Set<String> of(Pattern pattern) {
        if ((pattern.flags() & UNSUPPORTED_FLAGS) != 0) {
            return Set.of();
        }
        try {
            RequiredLiterals reader = new RequiredLiterals(pattern.pattern());
            Info info = reader.alternation();
            if (reader.pos != reader.regex.length()) {
                return Set.of();
            }
            Set<String> literals = info.literals();
            return literals == null ? Set.of() : literals;
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return Set.of();
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(sequence());
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (Info branch : branches) {
            if (exact != null && branch.exact() != null) {
                exact.addAll(branch.exact());
            } else {
                exact = null;
            }
            Set<String> literals = branch.literals();
            if (required != null && literals != null) {
                required.addAll(literals);
            } else {
                required = null;
            }
        }
        return new Info(exact != null && exact.size() <= MAX_STRINGS ? exact : null, required == null ? null : minimal(required));
    }

    /**
     * Runs of parts whose strings are known join into longer literals ("the", then "day" after the
     * {@code \s+} of "the\s+day"); of the runs, the most selective literals stand for the sequence.
     */
    private Info sequence() {
        Info run = Info.EMPTY;
        Set<String> required = null;
        boolean exact = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Info part = quantified(atom());
            Info joined = concat(run, part);
            if (joined.exact() == null && part.exact() != null) {
                required = better(required, run.literals());
                run = part;
                exact = false;
            } else {
                run = joined;
            }
        }
        return exact ? run : new Info(null, better(required, run.literals()));
    }

    private Info atom() {
        char c = regex.charAt(pos++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '.' -> Info.ANY;
            case '^', '$' -> Info.EMPTY;
            case '*', '+', '?', '{' -> throw new Unsupported();
            default -> character(c);
        };
    }

    private Info group() {
        boolean lookaround = false;
        if (regex.charAt(pos) == '?') {
            pos++;
            char kind = regex.charAt(pos);
            if (kind == ':' || kind == '>') {
                pos++;
            } else if (kind == '=' || kind == '!') {
                pos++;
                lookaround = true;
            } else if (kind == '<' && (regex.charAt(pos + 1) == '=' || regex.charAt(pos + 1) == '!')) {
                pos += 2;
                lookaround = true;
            } else if (kind == '<') {
                pos = regex.indexOf('>', pos) + 1;
            } else {
                // inline flags, (?i) or (?-i:...): case is folded anyway; those turned on here that change
                // what the literals mean are not followed
                boolean off = false;
                for (char flag = regex.charAt(pos); Character.isLetter(flag) || flag == '-'; flag = regex.charAt(++pos)) {
                    off |= flag == '-';
                    if (!off && "uxcU".indexOf(flag) >= 0) {
                        throw new Unsupported();
                    }
                }
                if (regex.charAt(pos) == ')') {
                    pos++;
                    return Info.EMPTY;
                }
                expect(':');
            }
        }
        Info inner = alternation();
        expect(')');
        return lookaround ? Info.EMPTY : inner;
    }

    private void expect(char c) {
        if (regex.charAt(pos++) != c) {
            throw new Unsupported();
        }
    }

    /** A class of literal characters and ranges, as its characters when few; otherwise any character. */
    private Info characterClass() {
        Set<String> chars = new LinkedHashSet<>();
        boolean known = regex.charAt(pos) != '^';
        if (!known) {
            pos++;
        }
        if (regex.charAt(pos) == ']') {
            throw new Unsupported();
        }
        while (regex.charAt(pos) != ']') {
            char c = regex.charAt(pos++);
            if (c == '[' || (c == '&' && regex.charAt(pos) == '&')) {
                throw new Unsupported();
            }
            if (c == '\\') {
                char e = regex.charAt(pos++);
                int control = "tnrf".indexOf(e);
                if (control >= 0) {
                    e = "\t\n\r\f".charAt(control);
                } else if (Character.isLetterOrDigit(e)) {
                    if (e == 'p' || e == 'P') {
                        skipProperty();
                    } else if ("dDwWsShHvV".indexOf(e) < 0) {
                        throw new Unsupported();
                    }
                    known &= e == 'd';
                    for (char d = '0'; d <= '9' && e == 'd'; d++) {
                        chars.add(String.valueOf(d));
                    }
                    continue;
                }
                c = e;
            }
            if (regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                char to = regex.charAt(pos + 1);
                if (to == '\\' || to == '[' || to < c) {
                    throw new Unsupported();
                }
                pos += 2;
                for (char r = c; r <= to && chars.size() <= MAX_CLASS; r++) {
                    chars.add(lower(r));
                }
            } else {
                chars.add(lower(c));
            }
        }
        pos++;
        return known && chars.size() <= MAX_CLASS ? new Info(chars, null) : Info.ANY;
    }

    private void skipProperty() {
        if (regex.charAt(pos) == '{') {
            pos = regex.indexOf('}', pos) + 1;
            if (pos == 0) {
                throw new Unsupported();
            }
        } else {
            pos++;
        }
    }

    private Info escape() {
        char e = regex.charAt(pos++);
        switch (e) {
            case 'b', 'B', 'A', 'G', 'Z', 'z':
                return Info.EMPTY;
            case 'd':
                return characterClassOf("0123456789");
            case 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return Info.ANY;
            case 'p', 'P':
                skipProperty();
                return Info.ANY;
            case 't':
                return character('\t');
            case 'n':
                return character('\n');
            case 'r':
                return character('\r');
            case 'f':
                return character('\f');
            case 'Q': {
                int end = regex.indexOf("\\E", pos);
                String quoted = regex.substring(pos, end < 0 ? regex.length() : end);
                pos = end < 0 ? regex.length() : end + 2;
                Info info = Info.EMPTY;
                for (char c : quoted.toCharArray()) {
                    info = concat(info, character(c));
                }
                return info;
            }
            default:
                if (Character.isLetterOrDigit(e)) {
                    throw new Unsupported(); // back-references, hexadecimal, octal and control escapes
                }
                return character(e);
        }
    }

    private static Info characterClassOf(String chars) {
        Set<String> set = new LinkedHashSet<>();
        chars.chars().forEach(c -> set.add(String.valueOf((char) c)));
        return new Info(set, null);
    }

    private static Info character(char c) {
        return new Info(Set.of(lower(c)), null);
    }

    private static String lower(char c) {
        return String.valueOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }

    private Info quantified(Info atom) {
        if (pos >= regex.length()) {
            return atom;
        }
        int min;
        int max;
        switch (regex.charAt(pos)) {
            case '?' -> {
                min = 0;
                max = 1;
            }
            case '*' -> {
                min = 0;
                max = Integer.MAX_VALUE;
            }
            case '+' -> {
                min = 1;
                max = Integer.MAX_VALUE;
            }
            case '{' -> {
                int close = regex.indexOf('}', pos);
                String[] bounds = regex.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
                pos = close;
            }
            default -> {
                return atom;
            }
        }
        pos++;
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
        if (max == 0) {
            return Info.EMPTY;
        }
        if (min == 0) {
            if (max == 1 && atom.exact() != null) {
                Set<String> exact = new LinkedHashSet<>(atom.exact());
                exact.add("");
                return new Info(exact, null);
            }
            return Info.ANY;
        }
        Info repeated = atom;
        for (int k = 1; k < min && repeated.exact() != null; k++) {
            repeated = concat(repeated, atom);
        }
        return min == max ? repeated : new Info(null, repeated.literals());
    }

    private static Info concat(Info a, Info b) {
        Set<String> exact = null;
        if (a.exact() != null && b.exact() != null && (long) a.exact().size() * b.exact().size() <= MAX_STRINGS) {
            exact = new LinkedHashSet<>();
            for (String x : a.exact()) {
                for (String y : b.exact()) {
                    exact.add(x + y);
                }
            }
        }
        Set<String> required = better(a.literals(), b.literals());
        return new Info(exact, exact == null ? required : better(minimal(exact), required));
    }

    /** The more selective of two literal sets: longer literals (digits and signs count double), then fewer. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        int weightA = weight(a);
        int weightB = weight(b);
        if (weightA != weightB) {
            return weightA > weightB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int weight(Set<String> literals) {
        int weight = Integer.MAX_VALUE;
        for (String literal : literals) {
            int w = 0;
            for (char c : literal.toCharArray()) {
                w += Character.isLetter(c) || c == ' ' ? 1 : 2;
            }
            weight = Math.min(weight, w);
        }
        return weight;
    }

    /** The set without strings that contain another of it (containing that one follows); null when it holds "". */
    private static Set<String> minimal(Set<String> strings) {
        if (strings.contains("")) {
            return null;
        }
        List<String> shortestFirst = new ArrayList<>(strings);
        shortestFirst.sort(Comparator.comparingInt(String::length));
        Set<String> kept = new LinkedHashSet<>();
        for (String s : shortestFirst) {
            if (kept.stream().noneMatch(s::contains)) {
                kept.add(s);
            }
        }
        return kept;
    }
}
