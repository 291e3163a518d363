package org.casualtytrends.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What a regex's matches are made of, read from the regex, in ASCII lower case ({@link Literals}): the
 * literal strings of which every match contains at least one (a text without any of them cannot
 * match, so the regex need not run there), and those every match starts with (the regex need not be
 * tried anywhere else). Read conservatively: what is not understood (a back-reference, Unicode case
 * folding, comments mode) or may match anything yields no literals, which means "always try the
 * regex". Lookarounds and anchors require nothing; a short character class ({@code [.,]}, {@code \d},
 * {@code \s}) stands for its characters.
 */
final class RegexLiterals {
    /** The largest set of exact strings a part of the regex is tracked with. */
    private static final int MAX_STRINGS = 256;
    /** The largest character class read as its characters. */
    private static final int MAX_CLASS = 10;
    private static final int UNSUPPORTED_FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.COMMENTS
            | Pattern.LITERAL | Pattern.CANON_EQ;

    /** The white space of {@code \s}. */
    private static final String SPACES = " \t\n\u000B\f\r";

    /**
     * What is known of the strings a part of the regex matches: all of them ({@code exact}), or
     * literals one of which each contains ({@code required}); null when not known. {@code starts}: the
     * strings one of which each non-empty match begins with (null when not known); {@code empty}: it
     * may match the empty string; {@code wordStart}: a {@code \b} is asserted before its first character.
     */
    private record Info(Set<String> exact, Set<String> required, Set<String> starts, boolean empty, boolean wordStart) {
        static final Info EMPTY = exactly(Set.of(""));
        static final Info BOUNDARY = new Info(Set.of(""), null, Set.of(), true, true);
        static final Info ANY = new Info(null, null, null, false, false);

        /** A part that matches these strings and no other. */
        static Info exactly(Set<String> strings) {
            Set<String> starts = new LinkedHashSet<>(strings);
            starts.remove("");
            return new Info(strings, null, starts, strings.contains(""), false);
        }

        /** The literals one of which every match contains, or null. */
        Set<String> literals() {
            return exact == null ? required : minimal(exact);
        }

        /** It matches the empty string only: an anchor, a lookaround. */
        boolean zeroWidth() {
            return exact != null && exact.size() == 1 && exact.contains("");
        }

        Info withRequired(Set<String> literals) {
            return new Info(null, literals, starts, empty, wordStart);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String regex;
    private int pos;

    private RegexLiterals(String regex) {
        this.regex = regex;
    }

    /** The literals of {@code pattern}'s matches; {@link Literals#NONE} when any text may match anywhere. */
    static Literals of(Pattern pattern) {
        if ((pattern.flags() & UNSUPPORTED_FLAGS) != 0) {
            return Literals.NONE;
        }
        try {
            RegexLiterals reader = new RegexLiterals(pattern.pattern());
            Info info = reader.alternation();
            if (reader.pos != reader.regex.length()) {
                return Literals.NONE;
            }
            Set<String> required = info.literals();
            Set<String> starts = info.starts() == null || info.empty() ? null : minimalPrefixes(info.starts());
            return new Literals(required == null ? Set.of() : required, starts, starts != null && info.wordStart());
        } catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return Literals.NONE;
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
        Set<String> starts = new LinkedHashSet<>();
        boolean empty = false;
        boolean wordStart = true;
        for (Info branch : branches) {
            if (starts != null && branch.starts() != null) {
                starts.addAll(branch.starts());
            } else {
                starts = null;
            }
            empty |= branch.empty();
            wordStart &= branch.wordStart();
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
        return new Info(exact != null && exact.size() <= MAX_STRINGS ? exact : null, required == null ? null : minimal(required),
                starts, empty, wordStart);
    }

    /**
     * Runs of parts whose strings are known join into longer literals ("the", then "day" after the
     * {@code \s+} of "the\s+day"); of the runs, the most selective literals stand for the sequence.
     */
    private Info sequence() {
        Info run = Info.EMPTY;
        Info whole = Info.EMPTY;
        Set<String> required = null;
        boolean exact = true;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Info part = quantified(atom());
            whole = then(whole, part);
            Info joined = concat(run, part);
            if (joined.exact() == null && part.exact() != null) {
                required = better(required, run.literals());
                run = part;
                exact = false;
            } else {
                run = joined;
            }
        }
        return exact ? new Info(run.exact(), run.required(), whole.starts(), whole.empty(), whole.wordStart())
                : whole.withRequired(better(required, run.literals()));
    }

    /**
     * How a sequence {@code a} then {@code b} starts: with what {@code a}'s non-empty matches start with
     * (longer when {@code a}'s strings are known: "the" then {@code \s} gives "the "), and, when
     * {@code a} may be empty, with what {@code b}'s start with. Its exact strings are kept while few.
     */
    private static Info then(Info a, Info b) {
        Set<String> starts = a.starts();
        if (starts != null && !b.empty()) {
            // every string a may match, but the empty one (a empty: b's starts come in below)
            Set<String> nonEmpty = a.exact() == null ? null : new LinkedHashSet<>(a.exact());
            if (nonEmpty != null) {
                nonEmpty.remove("");
            }
            Set<String> longer = product(nonEmpty, b.starts());
            starts = longer != null ? longer : starts;
        }
        if (starts != null && a.empty()) {
            if (b.starts() == null) {
                starts = null;
            } else {
                starts = new LinkedHashSet<>(starts);
                starts.addAll(b.starts());
            }
        }
        boolean wordStart = a.zeroWidth() ? a.wordStart() || b.wordStart() : a.empty() ? a.wordStart() && b.wordStart() : a.wordStart();
        return new Info(product(a.exact(), b.exact()), null, starts, a.empty() && b.empty(), wordStart);
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
            char c = regex.charAt(pos);
            if (c == '[' || (c == '&' && regex.charAt(pos + 1) == '&')) {
                throw new Unsupported();
            }
            if (c == '\\' && "dDwWsShHvVpP".indexOf(regex.charAt(pos + 1)) >= 0) {
                char e = regex.charAt(pos + 1);
                pos += 2;
                if (e == 'p' || e == 'P') {
                    skipProperty();
                }
                known &= e == 'd' || e == 's';
                String members = e == 'd' ? "0123456789" : e == 's' ? SPACES : "";
                members.chars().forEach(member -> chars.add(String.valueOf((char) member)));
                continue;
            }
            int from = classCharacter();
            int to = from;
            if (regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                pos++;
                to = classCharacter();
                if (to < from) {
                    throw new Unsupported();
                }
            }
            if (to - from >= MAX_CLASS || to > Character.MAX_VALUE) {
                known = false;
            } else {
                for (int r = from; r <= to; r++) {
                    chars.add(lower((char) r));
                }
            }
        }
        pos++;
        return known && chars.size() <= MAX_CLASS ? Info.exactly(chars) : Info.ANY;
    }

    /** A character of a class, as written or escaped ({@code \t}, {@code \x2d}, {@code \x{10FFFF}}, {@code \.}): its code point. */
    private int classCharacter() {
        char c = regex.charAt(pos++);
        if (c != '\\') {
            return c;
        }
        char e = regex.charAt(pos++);
        int control = "tnrf".indexOf(e);
        if (control >= 0) {
            return "\t\n\r\f".charAt(control);
        }
        if (e == 'x') {
            return hexadecimal();
        }
        if (Character.isLetterOrDigit(e)) {
            throw new Unsupported(); // octal, Unicode and control escapes
        }
        return e;
    }

    /** The code point of {@code \xhh} or {@code \x{h...h}}, after the x. */
    private int hexadecimal() {
        if (regex.charAt(pos) == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            int codePoint = Integer.parseInt(regex.substring(pos + 1, close), 16);
            pos = close + 1;
            return codePoint;
        }
        pos += 2;
        return Integer.parseInt(regex.substring(pos - 2, pos), 16);
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
            case 'b':
                return Info.BOUNDARY;
            case 'B', 'A', 'G', 'Z', 'z':
                return Info.EMPTY;
            case 'd':
                return characterClassOf("0123456789");
            case 's':
                return characterClassOf(SPACES);
            case 'D', 'w', 'W', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return Info.ANY;
            case 'p', 'P':
                skipProperty();
                return Info.ANY;
            case 'x': {
                int codePoint = hexadecimal();
                return codePoint > Character.MAX_VALUE ? Info.ANY : character((char) codePoint);
            }
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
                StringBuilder lowered = new StringBuilder();
                for (char c : quoted.toCharArray()) {
                    lowered.append(lower(c));
                }
                return Info.exactly(Set.of(lowered.toString()));
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
        return Info.exactly(set);
    }

    private static Info character(char c) {
        return Info.exactly(Set.of(lower(c)));
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
                return new Info(exact, null, atom.starts(), true, atom.wordStart());
            }
            return new Info(null, null, atom.starts(), true, atom.wordStart());
        }
        Info repeated = atom;
        for (int k = 1; k < min && repeated.exact() != null; k++) {
            repeated = concat(repeated, atom);
        }
        Info once = new Info(repeated.exact(), repeated.required(), atom.starts(), atom.empty(), atom.wordStart());
        return min == max ? once : once.withRequired(repeated.literals());
    }

    /** Each string of {@code a} followed by each of {@code b}; null when one is not known or they would be too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> product = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                product.add(x + y);
            }
        }
        return product;
    }

    private static Info concat(Info a, Info b) {
        Set<String> exact = product(a.exact(), b.exact());
        Set<String> required = better(a.literals(), b.literals());
        return new Info(exact, exact == null ? required : better(minimal(exact), required), null, false, false);
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

    /** The set without strings that start with another of it (starting with that one follows). */
    private static Set<String> minimalPrefixes(Set<String> strings) {
        return withoutCovered(strings, String::startsWith);
    }

    /** The set without strings that contain another of it (containing that one follows); null when it holds "". */
    private static Set<String> minimal(Set<String> strings) {
        return strings.contains("") ? null : withoutCovered(strings, String::contains);
    }

    /** The strings, shortest first, but those {@code covers} a shorter one kept. */
    private static Set<String> withoutCovered(Set<String> strings, BiPredicate<String, String> covers) {
        List<String> shortestFirst = new ArrayList<>(strings);
        shortestFirst.sort(Comparator.comparingInt(String::length));
        Set<String> kept = new LinkedHashSet<>();
        for (String s : shortestFirst) {
            if (kept.stream().noneMatch(k -> covers.test(s, k))) {
                kept.add(s);
            }
        }
        return kept;
    }
}
