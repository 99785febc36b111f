package io.dialscape.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator of the .ucm language: one {@code @Check} per rule of LANGUAGE.md
 * section 8, grouped by subject. Each delegates the domain decision to the engine.
 */
@ComposedChecks(validators = { NameValidator.class, TopologyValidator.class, DialPlanValidator.class,
        RoutingValidator.class })
public class DialscapeValidator extends AbstractDialscapeValidator {

    @Override
    protected void handleExceptionDuringValidation(Throwable targetException) {
        AbstractDialscapeCheck.reportCrash(this, targetException);
    }

    org.eclipse.emf.ecore.EObject current() {
        return getCurrentObject();
    }
}
