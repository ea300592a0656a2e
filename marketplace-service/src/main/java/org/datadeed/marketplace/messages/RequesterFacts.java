package org.datadeed.marketplace.messages;

/** Who applies: the organisation, its registered name (the token's verified claim) and whether it acts as an enterprise. */
public record RequesterFacts(String organisation, String organisationName, boolean enterprise) {
}
