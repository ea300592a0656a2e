package org.datadeed.ledger.fabric;

/**
 * The Fabric network could not carry out an anchoring call: the peer or orderer stayed unreachable or slow through
 * every retry, the transaction was invalidated at commit for a reason other than a transient conflict, or the
 * chaincode failed without a refusal. Unlike {@link org.datadeed.ledger.core.anchor.AnchorRefusedException}, this
 * says nothing about the checkpoint: the caller may try again later.
 */
public class FabricAnchorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FabricAnchorException(String message) {
        super(message);
    }

    public FabricAnchorException(String message, Throwable cause) {
        super(message, cause);
    }
}
