package org.datadeed.registry.registration.api;

/** The dataset's fingerprint: SHA-256 and SM3 of the dataset (or of the root of a Merkle tree over it), and optionally of a sample. Raw data never reaches the registry. */
public record Fingerprint(String sha256, String sm3, FingerprintMethod method, String sampleSha256) {
}
