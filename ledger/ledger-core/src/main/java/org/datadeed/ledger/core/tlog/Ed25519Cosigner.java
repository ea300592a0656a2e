package org.datadeed.ledger.core.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.note.Ed25519;
import org.datadeed.ledger.core.note.KeyNames;
import org.datadeed.ledger.core.note.NoteSigner;
import org.datadeed.ledger.core.note.SignerKey;

/**
 * A witness's signing key for Ed25519 cosignature/v1 (type 0x04). It signs only checkpoints: the note
 * text must parse as a {@link Checkpoint}. The signature is timestamp (8 bytes, big-endian POSIX seconds
 * from the injected clock) || Ed25519 signature of {@link CosignatureV1#signedMessage}.
 *
 * <p>This signs whatever checkpoint it is given; the {@link Witness} decides what may be cosigned.
 * Signer keys use the signed-note signer key text with type byte 0x04. Immutable.
 */
public final class Ed25519Cosigner implements NoteSigner {

    private final String name;
    private final byte[] seed;
    private final PrivateKey privateKey;
    private final CosignatureVerifier verifier;
    private final Clock clock;

    private Ed25519Cosigner(String name, byte[] seed, Clock clock) {
        this.name = KeyNames.require(name);
        this.seed = seed.clone();
        this.privateKey = Ed25519.privateKey(seed);
        this.verifier = CosignatureVerifier.of(name, Ed25519.publicKey(seed));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static Ed25519Cosigner generate(String name, SecureRandom random, Clock clock) {
        return new Ed25519Cosigner(name, Ed25519.newSeed(random), clock);
    }

    public static Ed25519Cosigner fromSeed(String name, byte[] seed, Clock clock) {
        return new Ed25519Cosigner(name, seed, clock);
    }

    /**
     * Loads {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x04 || seed)>}.
     *
     * @throws FormatException if it is malformed, of another type, or its key ID does not match the key
     */
    public static Ed25519Cosigner fromSignerKey(String skey, Clock clock) {
        SignerKey key = SignerKey.parse(skey);
        if (key.type() != CosignatureV1.TYPE) {
            throw new FormatException("not a cosignature/v1 key (type 0x04): type " + key.type());
        }
        Ed25519Cosigner cosigner = new Ed25519Cosigner(key.name(), key.privateKey(), clock);
        if (cosigner.keyId() != key.keyId()) {
            throw new FormatException("signer key ID " + KeyNames.hex(key.keyId())
                    + " does not match its key (" + KeyNames.hex(cosigner.keyId()) + ")");
        }
        return cosigner;
    }

    /** The secret signer key text. */
    public String signerKey() {
        return new SignerKey(name, keyId(), CosignatureV1.TYPE, seed).encode();
    }

    /** The verifier of this witness key, to publish. */
    public CosignatureVerifier verifier() {
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

    /**
     * @throws FormatException if {@code noteText} is not a checkpoint
     */
    @Override
    public byte[] sign(byte[] noteText) {
        String text = new String(noteText, StandardCharsets.UTF_8);
        Checkpoint.parse(text);
        long timestamp = clock.instant().getEpochSecond();
        byte[] signature = Ed25519.sign(privateKey, CosignatureV1.signedMessage(timestamp, noteText));
        return ByteBuffer.allocate(CosignatureV1.SIGNATURE_SIZE).putLong(timestamp).put(signature).array();
    }

    @Override
    public String toString() {
        return "Ed25519Cosigner[" + verifier + "]";
    }
}
