/**
 * Anchoring signed checkpoints where nobody can rewrite them: the {@link org.datadeed.ledger.core.anchor.CheckpointAnchor}
 * port, the rules every implementation decides with ({@link org.datadeed.ledger.core.anchor.AnchorRules}), their
 * refusal codes ({@link org.datadeed.ledger.core.anchor.AnchorRefusal}), and the in-memory reference implementation
 * ({@link org.datadeed.ledger.core.anchor.InMemoryCheckpointAnchor}). The Fabric chaincode and its Gateway adapter
 * live in {@code ledger-chaincode} and {@code ledger-fabric}; every implementation passes the shared contract test
 * {@code CheckpointAnchorContract} of this module's test jar.
 */
package org.datadeed.ledger.core.anchor;
