package org.datadeed.registry.registration.api;

/** The form of a data product. */
public enum ProductForm {
    DATASET, API, REPORT, INDEX, MODEL, OTHER
}
