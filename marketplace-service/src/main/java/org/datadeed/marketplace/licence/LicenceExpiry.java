package org.datadeed.marketplace.licence;

import java.time.LocalDate;

/** The deadline payload of a licence's end: ignored when the licence was renewed (its end moved) meanwhile. */
public record LicenceExpiry(LocalDate validUntil) {

    public static final String NAME = "licence-expiry";
}
