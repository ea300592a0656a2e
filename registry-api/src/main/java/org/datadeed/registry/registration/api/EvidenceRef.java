package org.datadeed.registry.registration.api;

/** An evidence file: stored content-addressed by its SHA-256, immutable. */
public record EvidenceRef(EvidenceKind kind, String sha256, String fileName, String mediaType, long sizeBytes, String note) {
}
