package org.datadeed.ledger.core.anchor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.NoteSigner;
import org.datadeed.ledger.core.tlog.Checkpoint;

/**
 * A real RFC 6962 log for anchoring tests: leaves in an {@link InMemoryNodeStore}, checkpoints signed with a
 * deterministic Ed25519 key named like the origin, consistency proofs from the log's own prover.
 */
public final class TestLog {

    private final String origin;
    private final String leafSeed;
    private final Ed25519NoteSigner key;
    private final MerkleLog log = MerkleLog.open(new InMemoryNodeStore());

    /**
     * @param origin   the log's origin, also its key's name
     * @param keySeed  a phrase whose SHA-256 is the key's seed
     * @param leafSeed a phrase mixed into every leaf, so that two logs with different seeds fork at leaf 0
     */
    public TestLog(String origin, String keySeed, String leafSeed) {
        this.origin = origin;
        this.leafSeed = leafSeed;
        this.key = Ed25519NoteSigner.fromSeed(origin, Rfc6962.sha256(keySeed.getBytes(StandardCharsets.UTF_8)));
    }

    /** A log with the origin's default key and leaves. */
    public static TestLog of(String origin) {
        return new TestLog(origin, "key of " + origin, "leaves of " + origin);
    }

    /** The same origin and key, but other leaves: a fork of this log. */
    public TestLog fork() {
        return new TestLog(origin, "key of " + origin, "forked leaves of " + origin);
    }

    /** Appends {@code leaves} leaves; returns this. */
    public TestLog grow(int leaves) {
        for (int i = 0; i < leaves; i++) {
            log.append(Rfc6962.leafHash((leafSeed + " #" + log.size()).getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    public String origin() {
        return origin;
    }

    public long size() {
        return log.size();
    }

    public Hash rootHash(long size) {
        return log.prover().rootHash(size);
    }

    public Ed25519NoteSigner key() {
        return key;
    }

    /** The vkey to register. */
    public String verifierKey() {
        return key.verifier().toString();
    }

    /** The checkpoint of the current size, signed by the log's key. */
    public String signedCheckpoint() {
        return signedCheckpoint(size());
    }

    /** The checkpoint of an earlier size, signed by the log's key. */
    public String signedCheckpoint(long size) {
        return signedCheckpoint(size, key);
    }

    /** The checkpoint of {@code size}, signed by the given keys. */
    public String signedCheckpoint(long size, NoteSigner... signers) {
        return Checkpoint.of(origin, size, rootHash(size)).sign(signers).format();
    }

    /** The consistency proof from {@code from} to {@code to}. */
    public List<Hash> proof(long from, long to) {
        return log.prover().consistencyProof(from, to).path();
    }
}
