package org.datadeed.ledger.core.note;

import java.security.PublicKey;

import org.datadeed.ledger.core.FormatException;

/** Verifies Ed25519 note signatures (signature type 0x01) of one key. Immutable. */
public final class Ed25519NoteVerifier implements NoteVerifier {

    /** The signature type of plain Ed25519 note signatures. */
    public static final byte TYPE = 0x01;

    private final VerifierKey key;
    private final PublicKey publicKey;

    private Ed25519NoteVerifier(VerifierKey key) {
        if (key.type() != TYPE) {
            throw new FormatException("not an Ed25519 note key (type 0x01): type " + key.type());
        }
        this.key = key;
        this.publicKey = Ed25519.publicKeyFromBytes(key.publicKey());
    }

    /** A verifier for the key named {@code name} with the 32-byte Ed25519 public key. */
    public static Ed25519NoteVerifier of(String name, byte[] publicKey) {
        return new Ed25519NoteVerifier(new VerifierKey(name, TYPE, publicKey));
    }

    /**
     * Parses a verifier key such as {@code example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k}.
     *
     * @throws FormatException if it is malformed, inconsistent, or not of type 0x01
     */
    public static Ed25519NoteVerifier parse(String vkey) {
        return fromKey(VerifierKey.parse(vkey));
    }

    /** @throws FormatException if {@code key} is not an Ed25519 (type 0x01) key */
    public static Ed25519NoteVerifier fromKey(VerifierKey key) {
        return new Ed25519NoteVerifier(key);
    }

    /** The verifier key. */
    public VerifierKey verifierKey() {
        return key;
    }

    @Override
    public String keyName() {
        return key.name();
    }

    @Override
    public int keyId() {
        return key.keyId();
    }

    @Override
    public boolean verify(byte[] noteText, byte[] signature) {
        return Ed25519.verify(publicKey, noteText, signature);
    }

    @Override
    public String toString() {
        return key.encode();
    }
}
