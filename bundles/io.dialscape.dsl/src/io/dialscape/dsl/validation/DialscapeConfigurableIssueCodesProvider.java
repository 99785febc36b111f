package io.dialscape.dsl.validation;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

/** Registers every diagnostic code with its default severity (LANGUAGE.md section 8) so users can change it. */
public class DialscapeConfigurableIssueCodesProvider extends ConfigurableIssueCodesProvider {

    @Override
    protected void initialize(IAcceptor<PreferenceKey> acceptor) {
        super.initialize(acceptor);
        for (String code : DialscapeIssueCodes.ALL) {
            String severity = DialscapeIssueCodes.WARNINGS.contains(code)
                    ? SeverityConverter.SEVERITY_WARNING
                    : SeverityConverter.SEVERITY_ERROR;
            acceptor.accept(create(code, severity));
        }
    }
}
