package io.dialscape.dsl.ui.preferences;

import io.dialscape.dsl.validation.DialscapeIssueCodes;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

/**
 * Severity per diagnostic code (Preferences &gt; Dialscape). The key of each preference is the
 * code itself ({@link DialscapeIssueCodes}); the default is the severity of LANGUAGE.md
 * section 8 ({@link DialscapeIssueCodes#WARNINGS} are warnings, the rest errors). The
 * validator reads them through Xtext's configurable issue codes.
 */
public final class SeverityPreferences {

    /** Preference node (instance scope). */
    public static final String NODE = "io.dialscape.dsl.ui";

    public static final String ERROR = SeverityConverter.SEVERITY_ERROR;
    public static final String WARNING = SeverityConverter.SEVERITY_WARNING;
    public static final String INFO = SeverityConverter.SEVERITY_INFO;
    public static final String IGNORE = SeverityConverter.SEVERITY_IGNORE;

    private SeverityPreferences() {
    }

    public static String defaultSeverity(String code) {
        return DialscapeIssueCodes.WARNINGS.contains(code) ? WARNING : ERROR;
    }

    /** The severity in force for the code. */
    public static String severity(String code) {
        return Platform.getPreferencesService().getString(NODE, code, defaultSeverity(code), null);
    }

    /** Puts the defaults of every code into the default scope. */
    public static class Initializer extends AbstractPreferenceInitializer {
        @Override
        public void initializeDefaultPreferences() {
            IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
            for (String code : DialscapeIssueCodes.ALL) {
                defaults.put(code, defaultSeverity(code));
            }
        }
    }

    /** Answers the validator's preference questions from the workspace preferences, falling back to each key's default. */
    public static class ValuesProvider implements IPreferenceValuesProvider {
        @Override
        public IPreferenceValues getPreferenceValues(Resource context) {
            return key -> {
                String value = Platform.getPreferencesService().getString(NODE, key.getId(), null, null);
                return value == null ? key.getDefaultValue() : value;
            };
        }
    }
}
