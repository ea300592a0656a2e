package org.datadeed.ledger.core.tlog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;

/** Deterministic keys for tests: the seed is SHA-256 of a phrase. */
final class TlogKeys {

    static final String ORIGIN = "ledger.test/log";
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private TlogKeys() {
    }

    static Ed25519NoteSigner logKey() {
        return Ed25519NoteSigner.fromSeed(ORIGIN, seed("test log key"));
    }

    static Ed25519Cosigner witness(String name) {
        return Ed25519Cosigner.fromSeed(name, seed("test witness " + name), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] seed(String phrase) {
        return Rfc6962.sha256(phrase.getBytes(StandardCharsets.UTF_8));
    }
}
