package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dialscape.dsl.batch.Finding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample document parses and links: no syntax or linking diagnostic anywhere. */
class SampleDocumentsTest {

    static Stream<Arguments> samples() {
        return SampleDocuments.all().stream();
    }

    @Test
    void thereAreSamples() {
        assertFalse(SampleDocuments.examples().isEmpty(), "examples/ has models");
    }

    @Test
    void examplesValidateClean() {
        assertEquals(List.of(), Models.render(Models.validateTogether(SampleDocuments.examples())));
    }

    @Test
    void acceptanceModelsParseAndLink() {
        List<Finding> findings = Models.validateTogether(SampleDocuments.acceptance());
        assertEquals(List.of(), Models.only(Models.render(findings), "syntax", "linking", "internal"));
    }

    @Test
    void languageSnippetsParseAndLink() {
        List<Finding> findings = Models.validateTogether(SampleDocuments.snippets());
        assertEquals(List.of(), Models.only(Models.render(findings), "syntax", "linking", "internal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleParses(String name, String text) {
        List<String> findings = Models.only(Models.validate(text), "syntax", "internal");
        assertEquals(List.of(), findings, name);
    }
}
