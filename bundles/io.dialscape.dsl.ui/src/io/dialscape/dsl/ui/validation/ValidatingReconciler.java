package io.dialscape.dsl.ui.validation;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * As-you-type validation for the Generic Editor: a short pause after the last keystroke,
 * then {@link ValidationStrategy} re-validates the whole model in the background.
 */
public class ValidatingReconciler extends MonoReconciler {

    /** Pause after the last keystroke before re-validating. */
    public static final int DELAY_MILLIS = 250;

    public ValidatingReconciler() {
        super(new ValidationStrategy(), false);
        setDelay(DELAY_MILLIS);
    }
}
