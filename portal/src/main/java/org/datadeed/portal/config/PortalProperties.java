package org.datadeed.portal.config;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal finds the services, and how it shows time.
 *
 * @param registryUrl base URL of the registry API (without {@code /api/v1})
 * @param ledgerUrl base URL of the ledger's audit API
 * @param marketplaceUrl base URL of the marketplace API (without {@code /api/v1})
 * @param publicBaseUrl the portal's own public URL; certificate QR codes open its verification page
 * @param timeZone the zone dates and times are shown in
 * @param requestTimeout how long a call to a service may take (the full audit can take a while)
 */
@Validated
@ConfigurationProperties("datadeed.portal")
public record PortalProperties(@NotBlank String registryUrl, @NotBlank String ledgerUrl, @NotBlank String marketplaceUrl,
                               @NotBlank String publicBaseUrl,
                               @NotNull ZoneId timeZone, @NotNull Duration requestTimeout) {
}
