package io.dialscape.engine.regex;

import java.util.Arrays;

/**
 * An immutable set of code points (0 to U+10FFFF), kept as sorted, disjoint, non-adjacent closed ranges.
 * It is what a character class, an escape such as {@code \d} or a literal character means in a pattern;
 * the same set drives both the matcher and the number automaton, so the two cannot disagree.
 */
final class CodePointSet {

    static final int MAX = Character.MAX_CODE_POINT;

    static final CodePointSet EMPTY = new CodePointSet(new int[0]);
    static final CodePointSet ALL = new CodePointSet(new int[] {0, MAX});
    /** {@code \d}: ASCII digits only. .NET would also take other Unicode decimal digits; numbers never contain them. */
    static final CodePointSet DIGIT = range('0', '9');
    /** {@code .}: anything but a line feed, as in .NET without RegexOptions.Singleline. */
    static final CodePointSet ANY_BUT_NEWLINE = of('\n').complement();

    private static volatile CodePointSet word;
    private static volatile CodePointSet space;

    /** lo0, hi0, lo1, hi1, ... sorted, disjoint and non-adjacent. */
    private final int[] ranges;

    private CodePointSet(int[] ranges) {
        this.ranges = ranges;
    }

    static CodePointSet of(int codePoint) {
        return range(codePoint, codePoint);
    }

    static CodePointSet range(int lo, int hi) {
        if (lo > hi) {
            return EMPTY;
        }
        return new CodePointSet(new int[] {lo, hi});
    }

    /**
     * {@code \w}: letters, non-spacing marks, connector punctuation and ASCII digits. This is .NET's
     * {@code [\p{L}\p{Mn}\p{Nd}\p{Pc}]} except that, like {@link #DIGIT}, only ASCII digits count.
     */
    static CodePointSet word() {
        CodePointSet w = word;
        if (w == null) {
            w = fromPredicate(cp -> {
                int type = Character.getType(cp);
                return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                        || type == Character.CONNECTOR_PUNCTUATION || (cp >= '0' && cp <= '9');
            });
            word = w;
        }
        return w;
    }

    /** {@code \s}: .NET's {@code [\f\n\r\t\v\x85\p{Z}]}. */
    static CodePointSet space() {
        CodePointSet s = space;
        if (s == null) {
            s = fromPredicate(cp -> cp == '\f' || cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0B
                    || cp == 0x85 || Character.getType(cp) == Character.SPACE_SEPARATOR
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
            space = s;
        }
        return s;
    }

    private static CodePointSet fromPredicate(java.util.function.IntPredicate in) {
        int[] out = new int[64];
        int n = 0;
        int start = -1;
        for (int cp = 0; cp <= MAX + 1; cp++) {
            boolean member = cp <= MAX && in.test(cp);
            if (member && start < 0) {
                start = cp;
            } else if (!member && start >= 0) {
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = cp - 1;
                start = -1;
            }
        }
        return new CodePointSet(Arrays.copyOf(out, n));
    }

    boolean contains(int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return ranges.length == 0;
    }

    /** The single code point of this set, or -1 when it has none or several. */
    int single() {
        return ranges.length == 2 && ranges[0] == ranges[1] ? ranges[0] : -1;
    }

    int rangeCount() {
        return ranges.length / 2;
    }

    int lo(int i) {
        return ranges[2 * i];
    }

    int hi(int i) {
        return ranges[2 * i + 1];
    }

    CodePointSet complement() {
        int[] out = new int[ranges.length + 2];
        int n = 0;
        int next = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (ranges[i] > next) {
                out[n++] = next;
                out[n++] = ranges[i] - 1;
            }
            next = ranges[i + 1] + 1;
        }
        if (next <= MAX) {
            out[n++] = next;
            out[n++] = MAX;
        }
        return new CodePointSet(Arrays.copyOf(out, n));
    }

    CodePointSet union(CodePointSet other) {
        if (other.ranges.length == 0) {
            return this;
        }
        if (ranges.length == 0) {
            return other;
        }
        int[] all = new int[ranges.length + other.ranges.length];
        // merge by start
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ranges.length || j < other.ranges.length) {
            if (j >= other.ranges.length || (i < ranges.length && ranges[i] <= other.ranges[j])) {
                all[n++] = ranges[i];
                all[n++] = ranges[i + 1];
                i += 2;
            } else {
                all[n++] = other.ranges[j];
                all[n++] = other.ranges[j + 1];
                j += 2;
            }
        }
        int[] out = new int[n];
        int m = 0;
        for (int k = 0; k < n; k += 2) {
            if (m > 0 && all[k] <= out[m - 1] + 1) {
                out[m - 1] = Math.max(out[m - 1], all[k + 1]);
            } else {
                out[m++] = all[k];
                out[m++] = all[k + 1];
            }
        }
        return new CodePointSet(Arrays.copyOf(out, m));
    }

    CodePointSet minus(CodePointSet other) {
        return complement().union(other).complement();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointSet s && Arrays.equals(ranges, s.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ranges.length; i += 2) {
            sb.append(String.format("%X", ranges[i]));
            if (ranges[i + 1] != ranges[i]) {
                sb.append('-').append(String.format("%X", ranges[i + 1]));
            }
            if (i + 2 < ranges.length) {
                sb.append(' ');
            }
        }
        return sb.append(']').toString();
    }
}
