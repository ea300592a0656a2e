/**
 * RFC 6962 / RFC 9162 Merkle trees for an append-only log.
 *
 * <p>Only perfect subtrees are stored ({@link org.datadeed.ledger.core.merkle.NodeId}, behind the
 * {@link org.datadeed.ledger.core.merkle.NodeStore} port); {@link org.datadeed.ledger.core.merkle.MerkleLog}
 * appends in O(log n) by keeping the {@link org.datadeed.ledger.core.merkle.CompactRange};
 * {@link org.datadeed.ledger.core.merkle.MerkleProver} computes roots and proofs for any size from O(log n)
 * stored nodes; {@link org.datadeed.ledger.core.merkle.MerkleVerifier} checks proofs.
 */
package org.datadeed.ledger.core.merkle;
