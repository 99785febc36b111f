package io.dialscape.dsl;

import io.dialscape.dsl.conversion.DialscapeValueConverters;
import io.dialscape.dsl.naming.DialscapeQualifiedNameProvider;
import io.dialscape.dsl.scoping.DialscapeLinkingDiagnosticMessageProvider;
import io.dialscape.dsl.validation.DialscapeConfigurableIssueCodesProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;

/** Runtime bindings of the .ucm language. */
public class DialscapeRuntimeModule extends AbstractDialscapeRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return DialscapeValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return DialscapeQualifiedNameProvider.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return DialscapeLinkingDiagnosticMessageProvider.class;
    }

    public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
        return io.dialscape.dsl.validation.ElementStartDiagnosticConverter.class;
    }

    /** EMF's URI fragments, found in constant time in long lists (every diagnostic carries one). */
    public Class<? extends org.eclipse.xtext.resource.IFragmentProvider> bindIFragmentProvider() {
        return io.dialscape.dsl.resource.DialscapeFragmentProvider.class;
    }

    /** The parser's element factory without notifications to the node model, which ignores them. */
    @Override
    public Class<? extends org.eclipse.xtext.parser.IAstFactory> bindIAstFactory() {
        return io.dialscape.dsl.parser.QuietElementFactory.class;
    }

    public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
        return DialscapeConfigurableIssueCodesProvider.class;
    }
}
