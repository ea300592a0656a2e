package org.datadeed.registry.registration.api;

/** One of the three rights as applied for or registered: who holds it, what it covers, for how long, where. */
public record RightClaim(RightKind kind, String holderOrganisation, String holderName, String scope, Term term, String territory) {
}
