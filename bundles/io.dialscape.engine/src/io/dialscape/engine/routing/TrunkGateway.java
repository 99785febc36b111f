package io.dialscape.engine.routing;

import io.dialscape.engine.digits.DigitTable;
import io.dialscape.engine.regex.NormalizationTable;
import java.util.Objects;

/**
 * A gateway as a call sees it (LANGUAGE.md section 10, steps 3 and 4): its trunk translation and, for a
 * Mitel Live Business Gateway, the outgoing digit table towards the ICP.
 *
 * @param name        the gateway's name in the model
 * @param translation the gateway's {@code translation} table (Lync/SfB outbound translation rules, Teams
 *                    SBC outbound translation rules), with its erroneous rules excluded as usual; {@code null}
 *                    when it has none
 * @param outgoing    the LBG outgoing digit table of the first {@code icp} binding that has one (ARS digits
 *                    included); {@code null} when there is none
 */
public record TrunkGateway(String name, NormalizationTable translation, DigitTable outgoing) {

    public TrunkGateway {
        Objects.requireNonNull(name, "name");
    }

    /** A gateway that passes numbers on unchanged. */
    public static TrunkGateway plain(String name) {
        return new TrunkGateway(name, null, null);
    }
}
