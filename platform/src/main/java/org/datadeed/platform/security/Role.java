package org.datadeed.platform.security;

/** The roles a DataDeed token can carry; every token also carries the caller's organisation. */
public enum Role {
    /** A data holder: registers data and files changes to its own registrations. */
    HOLDER,
    /** Registrar staff: works the review queue and takes registrar actions. */
    REVIEWER,
    /** An enterprise that licences public-data products. */
    ENTERPRISE,
    /** A public-data operator: products, prices and licence approvals. */
    OPERATOR,
    /** A regulator: reads everything, changes nothing. */
    REGULATOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
