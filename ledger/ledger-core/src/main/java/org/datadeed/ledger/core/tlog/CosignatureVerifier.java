package org.datadeed.ledger.core.tlog;

import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.Arrays;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.note.Ed25519;
import org.datadeed.ledger.core.note.NoteVerifier;
import org.datadeed.ledger.core.note.VerifierKey;

/**
 * Verifies Ed25519 cosignature/v1 signatures (type 0x04) of one witness key on checkpoints. Immutable.
 *
 * <p>As a {@link NoteVerifier} it receives the checkpoint note text and the 72 signature bytes
 * (timestamp || Ed25519 signature), rebuilds the signed message and checks it.
 */
public final class CosignatureVerifier implements NoteVerifier {

    private final VerifierKey key;
    private final PublicKey publicKey;

    private CosignatureVerifier(VerifierKey key) {
        if (key.type() != CosignatureV1.TYPE) {
            throw new FormatException("not a cosignature/v1 key (type 0x04): type " + key.type());
        }
        this.key = key;
        this.publicKey = Ed25519.publicKeyFromBytes(key.publicKey());
    }

    /** The verifier of witness {@code name} with the 32-byte Ed25519 public key. */
    public static CosignatureVerifier of(String name, byte[] publicKey) {
        return new CosignatureVerifier(new VerifierKey(name, CosignatureV1.TYPE, publicKey));
    }

    /**
     * Parses a vkey with signature type 0x04: {@code <name>+<hex key ID>+<base64(0x04 || public key)>}.
     *
     * @throws FormatException if it is malformed, inconsistent or of another type
     */
    public static CosignatureVerifier parse(String vkey) {
        return new CosignatureVerifier(VerifierKey.parse(vkey));
    }

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
        if (signature.length != CosignatureV1.SIGNATURE_SIZE) {
            return false;
        }
        long timestamp = ByteBuffer.wrap(signature).getLong();
        if (timestamp < 0) {
            return false;
        }
        byte[] message = CosignatureV1.signedMessage(timestamp, noteText);
        return Ed25519.verify(publicKey, message, Arrays.copyOfRange(signature, 8, signature.length));
    }

    @Override
    public String toString() {
        return key.encode();
    }
}
