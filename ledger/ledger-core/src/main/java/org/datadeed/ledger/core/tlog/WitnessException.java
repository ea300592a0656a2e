package org.datadeed.ledger.core.tlog;

import java.util.OptionalLong;

/** A {@link Witness} refused to cosign, for the reason and with the HTTP status tlog-witness prescribes. */
public class WitnessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a witness refuses, with the HTTP status of https://c2sp.org/tlog-witness. */
    public enum Rejection {
        /** Malformed request, or an old size larger than the checkpoint's size. */
        BAD_REQUEST(400),
        /** No signature from a key trusted for the origin verifies (or one of them is invalid). */
        UNTRUSTED_SIGNATURE(403),
        /** The checkpoint's origin is not a log this witness knows. */
        UNKNOWN_LOG(404),
        /** The old size is not the latest cosigned size, or the same size arrived with another root hash. */
        CONFLICT(409),
        /** The consistency proof does not verify. */
        INVALID_PROOF(422);

        private final int httpStatus;

        Rejection(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Rejection rejection;
    private final transient OptionalLong latestSize;

    public WitnessException(Rejection rejection, String message, OptionalLong latestSize) {
        super(message);
        this.rejection = rejection;
        this.latestSize = latestSize;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** For {@link Rejection#CONFLICT}: the size of the latest checkpoint the witness cosigned. */
    public OptionalLong latestSize() {
        return latestSize;
    }
}
