package org.datadeed.ledger.chaincode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.anchor.AnchorRefusal;
import org.datadeed.ledger.core.anchor.AnchorRefusedException;
import org.datadeed.ledger.core.anchor.AnchorRules;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Keeps each log's signed checkpoints append-only on the channel: the {@code CheckpointAnchor} port of ledger-core,
 * executed by every endorsing peer. It decides with {@link AnchorRules}, so it refuses exactly what every other
 * anchor refuses: a smaller tree, another root at an anchored size, a larger tree whose consistency proof from the
 * latest anchored checkpoint does not verify, and a checkpoint not validly signed by the key the origin was
 * registered with. It records the submitting organisation's MSP id, the transaction id and the transaction
 * timestamp.
 *
 * <p>Results are JSON text ({@link AnchorRecord}, {@link LogRecord}, or an array of anchor records), written
 * member by member so that all endorsers return the same bytes; "none" is an empty result. A refusal is a
 * {@link ChaincodeException} whose payload is an {@link AnchorError} name and whose message starts with it.
 * Nothing here reads a clock or a random source: a transaction's outcome depends only on its arguments, its
 * transaction id and timestamp, the submitter and the world state.
 */
@Contract(name = "DataDeedCheckpointAnchor",
        info = @Info(title = "DataDeed checkpoint anchor",
                description = "Append-only, consistency-checked signed checkpoints of DataDeed's verifiable logs",
                version = "0.1.0",
                license = @License(name = "Apache-2.0"),
                contact = @Contact(name = "DataDeed")))
@Default
public final class CheckpointContract implements ContractInterface {

    /** The most checkpoints one {@code GetHistory} call returns; clients page for more. */
    public static final int MAX_HISTORY_PAGE = 1000;

    private static final Logger LOGGER = Logger.getLogger(CheckpointContract.class.getName());

    /**
     * Registers a log: checkpoints of {@code origin} must from now on be signed by {@code verifierKey}, an Ed25519
     * C2SP vkey named like the origin. Registering the same key again changes nothing and returns the existing
     * registration.
     *
     * @return the {@link LogRecord} as JSON
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterLog(final Context ctx, final String origin, final String verifierKey) {
        ChaincodeStub stub = ctx.getStub();
        try {
            String key = WorldStateKeys.log(stub, origin);
            Optional<LogRecord> registered = readLog(stub, origin);
            AnchorRules.Registration registration =
                    AnchorRules.register(origin, verifierKey, registered.map(LogRecord::getVerifierKey));
            if (registration == AnchorRules.Registration.ALREADY_REGISTERED) {
                return registered.orElseThrow().toJson();
            }
            String json = new LogRecord(origin, verifierKey, ctx.getClientIdentity().getMSPID(), stub.getTxId(),
                    stub.getTxTimestamp().toString()).toJson();
            stub.putStringState(key, json);
            LOGGER.info(() -> "registered log origin=" + origin + " tx=" + stub.getTxId());
            return json;
        } catch (AnchorRefusedException e) {
            throw refused(e);
        } catch (IllegalArgumentException e) {
            throw refused(new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage()));
        }
    }

    /**
     * Anchors a signed checkpoint after the origin's latest one.
     *
     * @param signedCheckpoint the C2SP tlog-checkpoint signed note
     * @param consistencyProof the consistency proof hashes from the latest anchored size, base64 each (a JSON array
     *                         of strings on the wire; empty for the first checkpoint)
     * @return the new {@link AnchorRecord} as JSON, or the existing one if this checkpoint is the latest already
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AnchorCheckpoint(final Context ctx, final String signedCheckpoint, final String[] consistencyProof) {
        ChaincodeStub stub = ctx.getStub();
        try {
            List<Hash> proof = decodeProof(consistencyProof);
            String origin = AnchorRules.parseUnverified(signedCheckpoint).origin();
            LogRecord log = readLog(stub, origin).orElseThrow(() -> new AnchorRefusedException(
                    AnchorRefusal.UNKNOWN_ORIGIN, "no log is registered for origin '" + origin + "'"));
            Optional<AnchorRecord> latest = readRecord(stub, WorldStateKeys.latest(stub, origin));
            AnchorRules.Decision decision = AnchorRules.decide(log.getVerifierKey(),
                    latest.map(AnchorRecord::toAnchoredCheckpoint), signedCheckpoint, proof);
            if (decision.outcome() == AnchorRules.Outcome.ALREADY_ANCHORED) {
                return latest.orElseThrow().toJson();
            }
            Checkpoint checkpoint = decision.checkpoint();
            String json = new AnchorRecord(origin, checkpoint.size(), checkpoint.rootHash().base64(),
                    signedCheckpoint, stub.getTxId(), ctx.getClientIdentity().getMSPID(),
                    stub.getTxTimestamp().toString()).toJson();
            stub.putStringState(WorldStateKeys.checkpoint(origin, checkpoint.size()), json);
            stub.putStringState(WorldStateKeys.latest(stub, origin), json);
            LOGGER.info(() -> "anchored origin=" + origin + " size=" + checkpoint.size() + " tx=" + stub.getTxId());
            return json;
        } catch (AnchorRefusedException e) {
            throw refused(e);
        } catch (IllegalArgumentException e) {
            throw refused(new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage()));
        }
    }

    /** The latest anchored checkpoint of {@code origin} as {@link AnchorRecord} JSON; empty if none. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetLatest(final Context ctx, final String origin) {
        ChaincodeStub stub = ctx.getStub();
        try {
            return readRecord(stub, WorldStateKeys.latest(stub, origin)).map(AnchorRecord::toJson).orElse(null);
        } catch (IllegalArgumentException e) {
            throw refused(new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage()));
        }
    }

    /** The anchored checkpoint of {@code origin} with exactly {@code treeSize} leaves as JSON; empty if none. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBySize(final Context ctx, final String origin, final long treeSize) {
        if (treeSize < 0) {
            return null;
        }
        return readRecord(ctx.getStub(), WorldStateKeys.checkpoint(origin, treeSize))
                .map(AnchorRecord::toJson).orElse(null);
    }

    /**
     * The anchored checkpoints of {@code origin} with size ≥ {@code fromSize}, oldest first, at most
     * {@code limit} and at most {@link #MAX_HISTORY_PAGE}: one range read over the checkpoint keys.
     *
     * @return a JSON array of {@link AnchorRecord}s
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHistory(final Context ctx, final String origin, final long fromSize, final int limit) {
        try {
            AnchorRules.requireHistoryRange(fromSize, limit);
        } catch (IllegalArgumentException e) {
            throw refused(new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage()));
        }
        int pageSize = Math.min(limit, MAX_HISTORY_PAGE);
        List<String> page = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> range = ctx.getStub().getStateByRangeWithPagination(
                WorldStateKeys.checkpoint(origin, fromSize), WorldStateKeys.checkpointsEnd(origin), pageSize, "")) {
            for (KeyValue entry : range) {
                if (page.size() == pageSize) {
                    break;
                }
                page.add(AnchorRecord.fromJson(entry.getStringValue()).toJson());
            }
        }
        return "[" + String.join(",", page) + "]";
    }

    private static Optional<LogRecord> readLog(ChaincodeStub stub, String origin) {
        return read(stub, WorldStateKeys.log(stub, origin)).map(LogRecord::fromJson);
    }

    private static Optional<AnchorRecord> readRecord(ChaincodeStub stub, String key) {
        return read(stub, key).map(AnchorRecord::fromJson);
    }

    private static Optional<String> read(ChaincodeStub stub, String key) {
        String value = stub.getStringState(key);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static List<Hash> decodeProof(String[] consistencyProof) {
        if (consistencyProof == null) {
            return List.of();
        }
        if (consistencyProof.length > AnchorRules.MAX_PROOF_HASHES) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "consistency proof has "
                    + consistencyProof.length + " hashes, at most " + AnchorRules.MAX_PROOF_HASHES + " are possible");
        }
        List<Hash> proof = new ArrayList<>(consistencyProof.length);
        for (String hash : consistencyProof) {
            try {
                proof.add(Hash.fromBase64(hash));
            } catch (FormatException | NullPointerException e) {
                throw new AnchorRefusedException(AnchorRefusal.MALFORMED,
                        "consistency proof hash is not base64 of 32 bytes: " + hash);
            }
        }
        return proof;
    }

    private static ChaincodeException refused(AnchorRefusedException e) {
        AnchorError error = AnchorError.of(e.refusal());
        LOGGER.info(() -> "refused: " + e.getMessage());
        return new ChaincodeException(e.getMessage(), error.name());
    }
}
