package io.dialscape.dsl.validation;

import java.util.List;

/**
 * The diagnostic codes of LANGUAGE.md section 8, plus the codes of the headless
 * contract (section 9). The CLI, quick fixes, preferences and tests refer to these
 * constants. Each code is also the key of its severity preference.
 */
public final class DialscapeIssueCodes {

    private DialscapeIssueCodes() {
    }

    public static final String COLLOCATION_UNSUPPORTED = "collocation.unsupported";
    public static final String COLLOCATION_DENIED = "collocation.denied";
    public static final String EDGE_INTERNAL = "edge.internal";
    public static final String INTERNAL_PERIMETER = "internal.perimeter";
    public static final String POOL_NO_FRONTEND = "pool.no-frontend";
    public static final String POOL_STANDARD_SIZE = "pool.standard-size";
    public static final String FQDN_INVALID = "fqdn.invalid";
    public static final String FQDN_DUPLICATE = "fqdn.duplicate";
    public static final String RULE_UNMATCHABLE = "rule.unmatchable";
    public static final String RULE_SHADOWED = "rule.shadowed";
    public static final String RULE_CONFLICT = "rule.conflict";
    public static final String RULE_DUPLICATE = "rule.duplicate";
    public static final String RULE_REDUNDANT = "rule.redundant";
    public static final String RULE_OVERLAP = "rule.overlap";
    public static final String RULE_LENGTH = "rule.length";
    public static final String NAME_DUPLICATE = "name.duplicate";
    public static final String TEST_INVALID = "test.invalid";
    public static final String RULE_FLAG_DIRECTION = "rule.flag-direction";
    public static final String REGEX_INVALID = "regex.invalid";
    public static final String REGEX_GROUP = "regex.group";
    public static final String E164_INVALID = "e164.invalid";
    public static final String E164_IMPLAUSIBLE = "e164.implausible";
    public static final String TEST_FAILED = "test.failed";
    public static final String DUALFORK_MISMATCH = "dualfork.mismatch";
    public static final String DUALFORK_NO_TRUNK = "dualfork.no-trunk";
    public static final String FEATURE_PREREQUISITE = "feature.prerequisite";
    public static final String FOREST_GLOBAL_SETTINGS = "forest.global-settings";
    public static final String REGEX_CLASS_SEPARATOR = "regex.class-separator";

    /** Voice routing (LANGUAGE.md section 10). */
    public static final String USERS_UNROUTABLE = "users.unroutable";
    public static final String ROUTE_UNUSED = "route.unused";
    public static final String USAGE_NO_ROUTE = "usage.no-route";
    public static final String CALL_FAILED = "call.failed";

    /** A sample or test input that is not a number (LANGUAGE.md 5.1: a diagnostic, never an exception). */
    public static final String NUMBER_INVALID = "number.invalid";

    /**
     * A gateway binding that names an incoming table as the ICP's outgoing list or the other
     * way round (LANGUAGE.md is silent; see docs/decisions.md).
     */
    public static final String BINDING_DIRECTION = "binding.direction";

    /** Headless codes (section 9). */
    public static final String SYNTAX = "syntax";
    public static final String LINKING = "linking";
    public static final String FILE_EMPTY = "file.empty";

    /** Codes whose default severity is a warning (LANGUAGE.md section 8); every other code is an error. */
    public static final List<String> WARNINGS = List.of(
            RULE_UNMATCHABLE, RULE_SHADOWED, RULE_DUPLICATE, RULE_REDUNDANT, RULE_OVERLAP,
            E164_IMPLAUSIBLE, FOREST_GLOBAL_SETTINGS, REGEX_CLASS_SEPARATOR, USERS_UNROUTABLE, ROUTE_UNUSED,
            USAGE_NO_ROUTE);

    /** Every configurable code of section 8, in the order of its table. */
    public static final List<String> ALL = List.of(
            COLLOCATION_UNSUPPORTED, COLLOCATION_DENIED, EDGE_INTERNAL, INTERNAL_PERIMETER, POOL_NO_FRONTEND,
            POOL_STANDARD_SIZE, FQDN_INVALID, FQDN_DUPLICATE, RULE_UNMATCHABLE, RULE_SHADOWED, RULE_CONFLICT, RULE_DUPLICATE,
            RULE_REDUNDANT, RULE_OVERLAP, RULE_LENGTH, NAME_DUPLICATE, TEST_INVALID, RULE_FLAG_DIRECTION,
            REGEX_INVALID, REGEX_GROUP, E164_INVALID, E164_IMPLAUSIBLE, TEST_FAILED, DUALFORK_MISMATCH,
            DUALFORK_NO_TRUNK, FEATURE_PREREQUISITE, FOREST_GLOBAL_SETTINGS, REGEX_CLASS_SEPARATOR, USERS_UNROUTABLE,
            ROUTE_UNUSED, USAGE_NO_ROUTE, CALL_FAILED, NUMBER_INVALID, BINDING_DIRECTION);
}
