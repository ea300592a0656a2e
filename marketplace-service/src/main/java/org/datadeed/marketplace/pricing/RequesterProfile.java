package org.datadeed.marketplace.pricing;

/**
 * The requester attributes that can earn a discount. Verifying them (SME status, research institution) is the
 * licence workflow's job; the engine prices what it is told.
 *
 * @param sme      a small or medium-sized enterprise
 * @param research a research institution, or the request is for research
 */
public record RequesterProfile(boolean sme, boolean research) {

    /** Neither SME nor research. */
    public static RequesterProfile standard() {
        return new RequesterProfile(false, false);
    }
}
