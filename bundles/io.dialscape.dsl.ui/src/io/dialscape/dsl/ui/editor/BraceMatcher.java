package io.dialscape.dsl.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for the blocks of a model. */
public class BraceMatcher extends DefaultCharacterPairMatcher {

    public BraceMatcher() {
        super(new char[] {'{', '}'});
    }
}
