package io.dialscape.dsl.ide.server;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.IProjectDescriptionFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's server bindings with the Dialscape library visible and the command line's diagnostic codes. */
public class DialscapeServerModule extends AbstractModule {

    @Override
    protected void configure() {
        install(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(LanguageServer.class).to(DialscapeLanguageServer.class);
            binder.bind(LanguageServerImpl.class).to(DialscapeLanguageServer.class);
            binder.bind(IProjectDescriptionFactory.class).to(DialscapeProjectDescriptionFactory.class);
            binder.bind(ProjectManager.class).to(DialscapeProjectManager.class);
        }));
    }
}
