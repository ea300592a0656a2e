/**
 * The {@link org.datadeed.ledger.core.anchor.CheckpointAnchor} port on Hyperledger Fabric:
 * {@link org.datadeed.ledger.fabric.FabricCheckpointAnchor}, a Fabric Gateway client of DataDeed's anchoring
 * chaincode, configured by {@link org.datadeed.ledger.fabric.FabricAnchorConfig}. No Spring.
 */
package org.datadeed.ledger.fabric;
