package io.dialscape.dsl.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.dialscape.dsl.DialscapeRuntimeModule;
import io.dialscape.dsl.ide.DialscapeIdeModule;
import io.dialscape.dsl.ide.DialscapeIdeSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * The one injector of the .ucm language inside Eclipse: runtime and ide bindings from the
 * ide setup, plus the editor's own ({@link DialscapeUiModule}) mixed in with
 * {@link Modules2#mixin}. Created lazily, once, with double-checked locking: the reconciler
 * thread, the builder and the UI thread race for it. The plug-in warms it up in a
 * background job at start, since creating it costs a few hundred milliseconds.
 */
public final class DialscapeInjector {

    private static volatile Injector injector;

    private DialscapeInjector() {
    }

    public static Injector get() {
        Injector result = injector;
        if (result == null) {
            synchronized (DialscapeInjector.class) {
                result = injector;
                if (result == null) {
                    result = new UiSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    public static boolean isCreated() {
        return injector != null;
    }

    /** The ide setup (which also registers .ucm and the EPackage with EMF), with the UI bindings mixed in. */
    private static final class UiSetup extends DialscapeIdeSetup {
        @Override
        public Injector createInjector() {
            return Guice.createInjector(
                    Modules2.mixin(new DialscapeRuntimeModule(), new DialscapeIdeModule(), new DialscapeUiModule()));
        }
    }
}
