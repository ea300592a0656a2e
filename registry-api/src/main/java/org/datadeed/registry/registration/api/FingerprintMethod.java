package org.datadeed.registry.registration.api;

/** How the fingerprint was computed. */
public enum FingerprintMethod {
    WHOLE_DATASET, MERKLE_ROOT
}
