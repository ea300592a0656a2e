package org.datadeed.registry.registration.api;

/** How the data was acquired, as the applicant declares it. */
public record DataSource(String statement, boolean authorisedBySource, boolean ownershipDisputed) {
}
