package io.dialscape.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** E.164 checks of results with URI parameters, and plausibility that includes reading the number back. */
class E164ResultTest {

    @Test
    void parametersAreNotPartOfTheNumber() {
        assertEquals("+16135925660", E164.withoutParameters("+16135925660;ext=5660"));
        assertEquals("+1", E164.withoutParameters("+1;ext=2;phone-context=x"));
        assertEquals("5660", E164.withoutParameters("5660"));
        assertEquals("", E164.withoutParameters(";ext=1"));
        assertNull(E164.withoutParameters(null));
    }

    @Test
    void validityLooksAtThePartBeforeTheSemicolon() {
        assertNull(E164.problem("+16135925660;ext=5660"));
        assertNull(E164.problem("+1;ext=*#x"));
        assertNull(E164.problem("5660;ext=+0"), "not meant as E.164");
        assertEquals("country code cannot start with 0", E164.problem("+0612345678;ext=1"));
        assertEquals("no digits after '+'", E164.problem("+;ext=1"));
        assertEquals("16 digits, E.164 allows at most 15", E164.problem("+1234567890123456;ext=1"));
        assertEquals("'*' is not a digit", E164.problem("+1*2;ext=1"));
    }

    @Test
    void plausibilityLooksAtThePartBeforeTheSemicolon() {
        assertTrue(E164.isPlausible("+16135925660;ext=5660"));
        assertNull(E164.implausibility("+16135925660;ext=5660"));
        assertFalse(E164.isPlausible("+999123;ext=1"));
        assertEquals("is not a valid number in any numbering plan that libphonenumber knows",
                E164.implausibility("+999123;ext=1"));
    }

    @Test
    void aTrunkPrefixAfterTheCountryCodeDoesNotReadBack() {
        assertEquals("reads back as '+442079460123': a trunk prefix after the country code?",
                E164.implausibility("+4402079460123"));
        assertFalse(E164.isPlausible("+4402079460123"));
        assertEquals("reads back as '+442079460123': a trunk prefix after the country code?",
                E164.implausibility("+4402079460123;ext=12"));
        assertNull(E164.implausibility("+442079460123"));
        assertTrue(E164.isPlausible("+442079460123"));
        // Italy keeps its leading 0 in E.164: it reads back unchanged
        assertNull(E164.implausibility("+390612345678"));
    }

    @Test
    void implausibilityIsOnlyAboutValidE164() {
        assertNull(E164.implausibility("5660"), "not meant as E.164");
        assertNull(E164.implausibility("+0612345678"), "invalid E.164 is problem()'s business");
        assertNull(E164.implausibility(null));
        assertEquals("is not a valid number in any numbering plan that libphonenumber knows",
                E164.implausibility("+1613592"));
    }
}
