/**
 * DataDeed's Hyperledger Fabric chaincode: {@link org.datadeed.ledger.chaincode.CheckpointContract} keeps each
 * verifiable log's signed checkpoints append-only on a channel, deciding with ledger-core's
 * {@link org.datadeed.ledger.core.anchor.AnchorRules}. Runs as chaincode-as-a-service (the shaded {@code ccaas} jar,
 * main class {@code org.hyperledger.fabric.contract.ContractRouter}); see {@code deploy/fabric}.
 */
package org.datadeed.ledger.chaincode;
