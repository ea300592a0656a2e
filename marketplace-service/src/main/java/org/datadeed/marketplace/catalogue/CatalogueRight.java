package org.datadeed.marketplace.catalogue;

/** A registered right as the catalogue shows it. */
public record CatalogueRight(String kind, String holderOrganisation, String holderName, String territory) {
}
