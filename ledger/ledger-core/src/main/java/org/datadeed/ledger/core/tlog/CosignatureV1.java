package org.datadeed.ledger.core.tlog;

import java.nio.charset.StandardCharsets;

/**
 * The signed message of an Ed25519 cosignature/v1 (https://c2sp.org/tlog-cosignature):
 *
 * <pre>
 * cosignature/v1
 * time &lt;POSIX seconds, ASCII decimal, no leading zeros&gt;
 * &lt;the whole checkpoint note text&gt;
 * </pre>
 */
public final class CosignatureV1 {

    /** The signature type of timestamped Ed25519 witness cosignatures, used in the key ID. */
    public static final byte TYPE = 0x04;

    /** Length of the signature after the key ID: an 8-byte timestamp and a 64-byte Ed25519 signature. */
    public static final int SIGNATURE_SIZE = 8 + 64;

    private static final String HEADER = "cosignature/v1\n";

    private CosignatureV1() {
    }

    /**
     * The bytes a cosigner signs.
     *
     * @param timestamp      POSIX seconds, 0 ≤ timestamp ≤ 2^63 − 1
     * @param checkpointText the checkpoint note text, final newline included, signatures excluded
     */
    public static byte[] signedMessage(long timestamp, String checkpointText) {
        return signedMessage(timestamp, checkpointText.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #signedMessage(long, String)}, with the note text as UTF-8 bytes. */
    public static byte[] signedMessage(long timestamp, byte[] checkpointText) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamps are not negative");
        }
        byte[] prefix = (HEADER + "time " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[prefix.length + checkpointText.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(checkpointText, 0, message, prefix.length, checkpointText.length);
        return message;
    }
}
