package org.datadeed.ledger.chaincode;

import org.datadeed.ledger.core.anchor.AnchorRefusal;

/**
 * The errors the contract reports, one for each {@link AnchorRefusal} and with the same name. A refused transaction
 * fails with a {@code ChaincodeException} whose payload is the error's name and whose message is
 * {@code "<NAME>: <explanation>"}; the Fabric Gateway hands the message (not the payload) to clients, which is why
 * the name leads it.
 */
public enum AnchorError {
    MALFORMED,
    UNKNOWN_ORIGIN,
    KEY_MISMATCH,
    BAD_SIGNATURE,
    SMALLER_TREE,
    FORKED_ROOT,
    INCONSISTENT;

    /** The error that reports {@code refusal}. */
    public static AnchorError of(AnchorRefusal refusal) {
        return valueOf(refusal.name());
    }

    /** The refusal this error reports. */
    public AnchorRefusal refusal() {
        return AnchorRefusal.valueOf(name());
    }
}
