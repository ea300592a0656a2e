package org.datadeed.ledger.core.anchor;

import java.time.Instant;

import org.datadeed.ledger.core.merkle.Hash;

/**
 * A checkpoint as the anchor keeps it.
 *
 * @param signedCheckpoint the signed note exactly as submitted
 * @param transactionId    the anchor's own id of the write (a Fabric transaction id, or a local one)
 * @param submitter        who submitted it (a Fabric MSP id, or the local anchor's configured name)
 * @param anchoredAt       when the anchor recorded it (the Fabric transaction timestamp)
 */
public record AnchoredCheckpoint(String origin, long treeSize, Hash rootHash, String signedCheckpoint,
                                 String transactionId, String submitter, Instant anchoredAt) {
}
