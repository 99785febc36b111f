package io.dialscape.engine.collocation;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link CollocationMatrix} says about the roles of one server. Messages are complete and
 * user-facing: sentence case, no final period, the server's name in single quotes.
 */
public sealed interface CollocationVerdict
        permits CollocationVerdict.Supported, CollocationVerdict.Denied, CollocationVerdict.Unsupported {

    /** Whether the server's role set is supported. */
    default boolean isSupported() {
        return this instanceof Supported;
    }

    /** The role set is a subset of an allow set that applies to the server (or a single role). */
    record Supported() implements CollocationVerdict {
        /** The one instance {@link CollocationMatrix} returns. */
        public static final Supported INSTANCE = new Supported();
    }

    /**
     * A {@code deny} line hits the server: diagnostic {@code collocation.denied}.
     *
     * @param message for example {@code Server 'med02' may not hold Mediation with WebComponents: Mediation
     *                Server needs a computer of its own in OCS 2007 R2}
     * @param rule    the first deny line (in platform order) that the server's roles hit
     */
    record Denied(String message, DenyRule rule) implements CollocationVerdict {
        public Denied {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * The role set is a subset of no allow set that applies to the server: diagnostic
     * {@code collocation.unsupported}.
     *
     * @param message for example {@code Server 'fe02' may not hold FrontEnd with Monitoring on Office
     *                Communications Server 2007 R2: supported sets containing FrontEnd are {FrontEnd,
     *                WebComponents, AVConferencing, WebConferencing, ApplicationSharing}}
     * @param closest the allow sets the message lists: the largest sets that apply to the server and contain
     *                its first role, best match (most of the server's roles) first; empty when that role may
     *                only stand alone
     */
    record Unsupported(String message, List<AllowSet> closest) implements CollocationVerdict {
        public Unsupported {
            Objects.requireNonNull(message, "message");
            closest = List.copyOf(closest);
        }
    }
}
