package io.dialscape.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.ide.server.DefaultProjectDescriptionFactory;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.workspace.IProjectConfig;

/** Every workspace project depends on the library's index chunk, so its names are visible. */
public class DialscapeProjectDescriptionFactory extends DefaultProjectDescriptionFactory {

    @Override
    public ProjectDescription getProjectDescription(IProjectConfig config) {
        ProjectDescription description = super.getProjectDescription(config);
        List<String> dependencies = new ArrayList<>(description.getDependencies());
        if (!dependencies.contains(DialscapeProjectManager.LIBRARY_CHUNK)) {
            dependencies.add(DialscapeProjectManager.LIBRARY_CHUNK);
        }
        description.setDependencies(dependencies);
        return description;
    }
}
