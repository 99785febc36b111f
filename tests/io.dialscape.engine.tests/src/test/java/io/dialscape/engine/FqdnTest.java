package io.dialscape.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dialscape.engine.PropertyCheck.Gen;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FqdnTest {

    @ParameterizedTest
    @ValueSource(strings = {"fe01.nl.contoso.local", "fe01", "pool01.nl.contoso.local.", "edge01.contoso.com",
        "a", "A-1.b-2.C3", "10.1.1.10", "xn--mnchen-3ya.de", "a.b.c.d.e.f.g"})
    void validNames(String name) {
        assertNull(Fqdn.problem(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                  | empty name
            .                   | empty name
            .contoso.local      | starts with a dot
            fe01..contoso.local | empty label between dots
            fe01.contoso..      | empty label between dots
            fe_01.contoso.local | '_' in label 'fe_01' is not a letter, digit or hyphen
            `fe 01.local`       | ' ' in label 'fe 01' is not a letter, digit or hyphen
            münchen.de          | 'ü' in label 'münchen' is not a letter, digit or hyphen (write internationalized names in their xn-- form)
            -fe01.local         | label '-fe01' starts with a hyphen
            fe01-.local         | label 'fe01-' ends with a hyphen
            """)
    void invalidNames(String name, String reason) {
        assertEquals(reason, Fqdn.problem(name));
    }

    @org.junit.jupiter.api.Test
    void lengthLimits() {
        String label63 = "a".repeat(63);
        assertNull(Fqdn.problem(label63 + ".local"));
        assertEquals("label 'aaaaaaaaaa…' has 64 characters, at most 63 allowed", Fqdn.problem("a".repeat(64) + ".b"));
        String name253 = String.join(".", label63, label63, label63, "a".repeat(61));
        assertEquals(253, name253.length());
        assertNull(Fqdn.problem(name253));
        assertNull(Fqdn.problem(name253 + "."));
        assertEquals("254 characters, a DNS name allows at most 253", Fqdn.problem(name253 + "a"));
    }

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private static boolean valid(String name) {
        String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (body.isEmpty() || body.length() > 253) {
            return false;
        }
        for (String label : body.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void problemIsNullExactlyForValidNames() {
        PropertyCheck.tries(3000).forAll(names(), name -> assertEquals(valid(name), Fqdn.problem(name) == null, name));
    }

    static Gen<String> names() {
        return Gen.oneOf(Gen.strings("ab1-._", 0, 12),
                Gen.strings("ab-", 1, 66).list(1, 5).map(labels -> String.join(".", labels)));
    }

    @org.junit.jupiter.api.Test
    void canonicalFormComparesAsDnsDoes() {
        org.junit.jupiter.api.Assertions.assertEquals("fe01.contoso.local", Fqdn.canonical("FE01.Contoso.local."));
        org.junit.jupiter.api.Assertions.assertEquals("fe01.contoso.local", Fqdn.canonical("fe01.contoso.local"));
    }
}
