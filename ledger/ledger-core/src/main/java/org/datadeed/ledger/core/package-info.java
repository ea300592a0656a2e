/**
 * DataDeed's verifiable-log core, in plain Java.
 *
 * <ul>
 *   <li>{@link org.datadeed.ledger.core.merkle}: RFC 6962 / RFC 9162 Merkle tree hashing, an append-only
 *       log over stored perfect subtrees, inclusion and consistency proofs and their verification;</li>
 *   <li>{@link org.datadeed.ledger.core.note}: C2SP signed notes with Ed25519 keys and vkeys;</li>
 *   <li>{@link org.datadeed.ledger.core.tlog}: C2SP tlog-checkpoint, tlog-cosignature (cosignature/v1)
 *       with a witness, tlog-proof receipts verifiable offline, and the policy that decides whether a
 *       signed checkpoint is trusted;</li>
 *   <li>{@link org.datadeed.ledger.core.leaf}: the canonical leaf of a domain event (RFC 8785 JCS).</li>
 * </ul>
 *
 * <p>The byte formats are specified in {@code ledger/FORMAT.md}.
 */
package org.datadeed.ledger.core;
