package io.dialscape.engine.collocation;

/**
 * The edition of a pool, as a topology writes it ({@code pool NAME standard|enterprise "fqdn"}).
 * A server directly in a site has no edition: the engine receives {@code null} for it.
 */
public enum Edition {
    /** A Standard Edition server: one computer that is its own pool. */
    STANDARD("standard"),
    /** An Enterprise pool: Front Ends behind a load balancer, back end on its own computer. */
    ENTERPRISE("enterprise");

    private final String keyword;

    Edition(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword of the language ({@code standard} or {@code enterprise}). */
    public String keyword() {
        return keyword;
    }

    /**
     * The edition a keyword names.
     *
     * @throws IllegalArgumentException when the keyword is neither {@code standard} nor {@code enterprise}
     */
    public static Edition fromKeyword(String keyword) {
        for (Edition edition : values()) {
            if (edition.keyword.equals(keyword)) {
                return edition;
            }
        }
        throw new IllegalArgumentException("Not an edition: '" + keyword + "'");
    }
}
