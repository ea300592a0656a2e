package org.datadeed.ledger.core.anchor;

/** An anchor refused a checkpoint; {@link #refusal()} says which rule. */
public class AnchorRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AnchorRefusal refusal;

    public AnchorRefusedException(AnchorRefusal refusal, String message) {
        super(refusal + ": " + message);
        this.refusal = refusal;
    }

    public AnchorRefusal refusal() {
        return refusal;
    }
}
