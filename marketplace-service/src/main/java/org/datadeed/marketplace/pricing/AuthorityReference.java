package org.datadeed.marketplace.pricing;

/**
 * Who filed a ceiling: the authorising body and its document reference, as printed on the filing.
 *
 * @param body           the authorising body (government at county level or above), e.g. "Fuzhou Data Administration"
 * @param documentNumber its filing or document number, e.g. "FZDA-2025-017"
 */
public record AuthorityReference(String body, String documentNumber) {

    public AuthorityReference {
        Decimals.requireText(body, "body");
        Decimals.requireText(documentNumber, "documentNumber");
    }

    @Override
    public String toString() {
        return body + " " + documentNumber;
    }
}
