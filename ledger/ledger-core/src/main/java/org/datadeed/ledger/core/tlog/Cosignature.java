package org.datadeed.ledger.core.tlog;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.note.NoteSignature;

/**
 * A witness cosignature found on a checkpoint: the signature line and the time it states.
 *
 * @param signature the note signature line (key ID with type 0x04; 72 signature bytes)
 * @param timestamp when the witness cosigned, in POSIX seconds
 */
public record Cosignature(NoteSignature signature, long timestamp) {

    /**
     * Reads the timestamp of a cosignature/v1 signature line (it does not verify it).
     *
     * @throws FormatException if the signature is not 8 + 64 bytes or the timestamp exceeds 2^63 − 1
     */
    public static Cosignature from(NoteSignature signature) {
        byte[] bytes = signature.signature();
        if (bytes.length != CosignatureV1.SIGNATURE_SIZE) {
            throw new FormatException("a cosignature/v1 signature is 72 bytes, got " + bytes.length);
        }
        long timestamp = ByteBuffer.wrap(bytes).getLong();
        if (timestamp < 0) {
            throw new FormatException("cosignature timestamp exceeds 2^63 - 1");
        }
        return new Cosignature(signature, timestamp);
    }

    /** The witness's key name. */
    public String witness() {
        return signature.keyName();
    }

    /** {@link #timestamp()} as an instant. */
    public Instant time() {
        return Instant.ofEpochSecond(timestamp);
    }
}
