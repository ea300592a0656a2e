package org.datadeed.ledger.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 6962 §2.1 (RFC 9162 §2.1.1) tree hashing with SHA-256: domain-separated leaf and node
 * hashes, so that a leaf can never be confused with an interior node.
 */
public final class Rfc6962 {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Rfc6962::newSha256);

    private static final Hash EMPTY_ROOT = Hash.wrap(newSha256().digest());

    private Rfc6962() {
    }

    /** The root hash of the empty tree: SHA-256 of the empty string. */
    public static Hash emptyRoot() {
        return EMPTY_ROOT;
    }

    /** Leaf hash: SHA-256(0x00 || leaf). */
    public static Hash leafHash(byte[] leaf) {
        MessageDigest sha = SHA256.get();
        sha.update(LEAF_PREFIX);
        sha.update(leaf);
        return Hash.wrap(sha.digest());
    }

    /** Interior node hash: SHA-256(0x01 || left || right). */
    public static Hash nodeHash(Hash left, Hash right) {
        MessageDigest sha = SHA256.get();
        sha.update(NODE_PREFIX);
        left.updateDigest(sha);
        right.updateDigest(sha);
        return Hash.wrap(sha.digest());
    }

    /** Plain SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        return SHA256.get().digest(bytes);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
