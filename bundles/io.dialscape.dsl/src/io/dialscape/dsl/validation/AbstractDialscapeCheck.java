package io.dialscape.dsl.validation;

import io.dialscape.dsl.dialscape.DialscapePackage;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the checks composed into {@link DialscapeValidator}. A check that fails with
 * an exception is reported on the element it was checking, never swallowed: a crashed
 * check must not look like a clean model.
 */
public abstract class AbstractDialscapeCheck extends AbstractDeclarativeValidator {

    /** Code of a check that failed with an exception. */
    public static final String INTERNAL = "internal";

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into DialscapeValidator, which registers once for all
    }

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(DialscapePackage.eINSTANCE);
    }

    @Override
    protected void handleExceptionDuringValidation(Throwable targetException) {
        reportCrash(this, targetException);
    }

    /** Reports a check that threw on the element being checked, so it cannot pass silently. */
    static void reportCrash(AbstractDeclarativeValidator validator, Throwable e) {
        org.eclipse.emf.ecore.EObject current = validator instanceof AbstractDialscapeCheck check ? check.getCurrentObject()
                : validator instanceof DialscapeValidator main ? main.current() : null;
        if (current == null) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        validator.getMessageAcceptor().acceptError("Dialscape could not check this element (" + e
                + "); please report it with the model", current, null, INSIGNIFICANT_INDEX, INTERNAL);
    }

    /** E.164 checks of an actual result; URI parameters after a ';' are not part of the number. */
    protected void checkE164(String result, String what, EObject owner) {
        if (result == null || !io.dialscape.engine.E164.withoutParameters(result).startsWith("+")) {
            return;
        }
        String problem = io.dialscape.engine.E164.problem(result);
        String implausibility = problem == null ? io.dialscape.engine.E164.implausibility(result) : null;
        if (problem != null) {
            addIssue(what + " '" + result + "' is not a valid E.164 number: " + problem, owner, null, DialscapeIssueCodes.E164_INVALID);
        } else if (implausibility != null) {
            addIssue(what + " '" + result + "' " + implausibility, owner, null, DialscapeIssueCodes.E164_IMPLAUSIBLE);
        }
    }
}
