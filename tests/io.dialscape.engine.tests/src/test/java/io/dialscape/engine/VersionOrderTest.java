package io.dialscape.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.engine.PropertyCheck.Gen;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionOrderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            8.0 UR3           | 8.0 UR10            | -1
            3.1               | 3.1.1               | -1
            3.1 patch 1       | 3.1.1               | 0
            3.1.1             | 3.1 patch 1         | 0
            8.0               | 8                   | 0
            8.0.0.0           | 8                   | 0
            1.6               | 1.10                | -1
            10.0              | 9.9.9               | 1
            2.0               | 1.99                | 1
            007               | 7                   | 0
            `Release 3`       | 3.0                 | 0
            ``                | 0                   | 0
            beta              | 0.0                 | 0
            beta              | 0.1                 | -1
            3.1.1             | 3.1.1               | 0
            99999999999999999999999 | 99999999999999999999998 | 1
            1.0000000000000000000000000000001 | 1.2 | -1
            1.0000000000000000000000000000002 | 1.1 | 1
            1.00000000000000000000000000000000 | 1.0 | 0
            """)
    void comparesDigitRunsNumerically(String a, String b, int expected) {
        assertEquals(expected, Integer.signum(VersionOrder.compare(a, b)));
        assertEquals(-expected, Integer.signum(VersionOrder.compare(b, a)));
        assertEquals(expected, Integer.signum(VersionOrder.COMPARATOR.compare(a, b)));
    }

    private static final Pattern RUN = Pattern.compile("[0-9]+");

    private static List<BigInteger> runs(String version) {
        List<BigInteger> runs = new ArrayList<>();
        Matcher m = RUN.matcher(version);
        while (m.find()) {
            runs.add(new BigInteger(m.group()));
        }
        return runs;
    }

    /** The definition, with BigInteger: runs left to right, a missing run is 0. */
    private static int oracle(String a, String b) {
        List<BigInteger> x = runs(a);
        List<BigInteger> y = runs(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            BigInteger p = i < x.size() ? x.get(i) : BigInteger.ZERO;
            BigInteger q = i < y.size() ? y.get(i) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    record Pair(String a, String b) {
    }

    @Test
    void agreesWithTheDefinition() {
        Gen<String> versions = versions();
        PropertyCheck.tries(3000).forAll(s -> new Pair(versions.generate(s), versions.generate(s)),
                p -> assertEquals(oracle(p.a(), p.b()), Integer.signum(VersionOrder.compare(p.a(), p.b()))));
    }

    /** Versions of up to 30 characters; '0' comes twice in the alphabet, so it is drawn twice as often. */
    static Gen<String> versions() {
        return Gen.strings("0012349 .UR", 0, 30);
    }
}
