package org.datadeed.ledger.core.note;

import java.security.PrivateKey;
import java.security.SecureRandom;

import org.datadeed.ledger.core.FormatException;

/** Signs notes with an Ed25519 key (signature type 0x01), for example a log's checkpoint key. Immutable. */
public final class Ed25519NoteSigner implements NoteSigner {

    private final String name;
    private final byte[] seed;
    private final PrivateKey privateKey;
    private final Ed25519NoteVerifier verifier;

    private Ed25519NoteSigner(String name, byte[] seed) {
        this.name = KeyNames.require(name);
        this.seed = seed.clone();
        this.privateKey = Ed25519.privateKey(seed);
        this.verifier = Ed25519NoteVerifier.of(name, Ed25519.publicKey(seed));
    }

    /** A new random key named {@code name}. */
    public static Ed25519NoteSigner generate(String name, SecureRandom random) {
        return new Ed25519NoteSigner(name, Ed25519.newSeed(random));
    }

    /** The key with this 32-byte seed. */
    public static Ed25519NoteSigner fromSeed(String name, byte[] seed) {
        return new Ed25519NoteSigner(name, seed);
    }

    /**
     * Loads a signer key such as {@code PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALV...}.
     *
     * @throws FormatException if it is malformed, not of type 0x01, or its key ID does not match the key
     */
    public static Ed25519NoteSigner fromSignerKey(String skey) {
        SignerKey key = SignerKey.parse(skey);
        if (key.type() != Ed25519NoteVerifier.TYPE) {
            throw new FormatException("not an Ed25519 note key (type 0x01): type " + key.type());
        }
        Ed25519NoteSigner signer = new Ed25519NoteSigner(key.name(), key.privateKey());
        if (signer.keyId() != key.keyId()) {
            throw new FormatException("signer key ID " + KeyNames.hex(key.keyId())
                    + " does not match its key (" + KeyNames.hex(signer.keyId()) + ")");
        }
        return signer;
    }

    /** The secret signer key text. */
    public String signerKey() {
        return new SignerKey(name, keyId(), Ed25519NoteVerifier.TYPE, seed).encode();
    }

    /** The verifier of this key, to publish. */
    public Ed25519NoteVerifier verifier() {
        return verifier;
    }

    @Override
    public String keyName() {
        return name;
    }

    @Override
    public int keyId() {
        return verifier.keyId();
    }

    @Override
    public byte[] sign(byte[] noteText) {
        return Ed25519.sign(privateKey, noteText);
    }

    @Override
    public String toString() {
        return "Ed25519NoteSigner[" + verifier + "]";
    }
}
