package org.datadeed.registry.registration.api;

/** Post-registration filings by a holder, each reviewed by the registrar. */
public enum FilingType {
    CHANGE, CORRECTION, TRANSFER, LICENCE, PLEDGE, PLEDGE_RELEASE, RENEWAL, CANCELLATION
}
