package io.dialscape.engine.digits;

/** Which way a digit-modification table converts numbers (LANGUAGE.md section 5). */
public enum Direction {
    /** Numbers dialed from Communicator towards the PBX: {@code ars} digits and {@code ignore-ars} apply. */
    OUTGOING,
    /** Caller numbers from the PBX towards Communicator: {@code add-plus} applies; no rule means unchanged. */
    INCOMING
}
