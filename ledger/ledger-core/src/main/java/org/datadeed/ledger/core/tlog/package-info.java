/**
 * The transparency-log formats of C2SP: tlog-checkpoint ({@link org.datadeed.ledger.core.tlog.Checkpoint}),
 * tlog-cosignature v1 with Ed25519 ({@link org.datadeed.ledger.core.tlog.Ed25519Cosigner},
 * {@link org.datadeed.ledger.core.tlog.CosignatureVerifier}), the tlog-witness {@code add-checkpoint}
 * logic ({@link org.datadeed.ledger.core.tlog.Witness}), tlog-proof receipts
 * ({@link org.datadeed.ledger.core.tlog.TlogProof}, {@link org.datadeed.ledger.core.tlog.TlogProofVerifier}),
 * and the trust policy for checkpoints ({@link org.datadeed.ledger.core.tlog.CheckpointPolicy}).
 */
package org.datadeed.ledger.core.tlog;
