package org.datadeed.registry.registration.api;

/** What is registered. */
public enum ObjectType {
    DATA_RESOURCE, DATA_PRODUCT, DATA_ASSET
}
