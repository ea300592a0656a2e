package org.datadeed.ledger.chaincode;

import java.time.Instant;
import java.util.Objects;

import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.merkle.Hash;
import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;
import org.json.JSONObject;
import org.json.JSONStringer;

/**
 * An anchored checkpoint as the world state keeps it and the transactions return it, as JSON with exactly these
 * members in this order: {@code origin}, {@code treeSize} (integer), {@code rootHash} (base64),
 * {@code signedCheckpoint} (the note as submitted), {@code transactionId} (the Fabric transaction that anchored it),
 * {@code submitter} (the MSP id of the submitting client) and {@code anchoredAt} (the transaction timestamp,
 * ISO-8601 UTC). The JSON is written member by member, never by reflection, so that every endorsing peer produces
 * the same bytes. Immutable.
 */
@DataType
public final class AnchorRecord {

    @Property
    private final String origin;
    @Property
    private final long treeSize;
    @Property
    private final String rootHash;
    @Property
    private final String signedCheckpoint;
    @Property
    private final String transactionId;
    @Property
    private final String submitter;
    @Property
    private final String anchoredAt;

    public AnchorRecord(String origin, long treeSize, String rootHash, String signedCheckpoint, String transactionId,
                        String submitter, String anchoredAt) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.treeSize = treeSize;
        this.rootHash = Objects.requireNonNull(rootHash, "rootHash");
        this.signedCheckpoint = Objects.requireNonNull(signedCheckpoint, "signedCheckpoint");
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.anchoredAt = Objects.requireNonNull(anchoredAt, "anchoredAt");
    }

    /** Reads a record written by {@link #toJson()}. */
    public static AnchorRecord fromJson(String json) {
        JSONObject o = new JSONObject(json);
        return new AnchorRecord(o.getString("origin"), o.getLong("treeSize"), o.getString("rootHash"),
                o.getString("signedCheckpoint"), o.getString("transactionId"), o.getString("submitter"),
                o.getString("anchoredAt"));
    }

    /** The canonical JSON form (fixed member order, no white space). */
    public String toJson() {
        return new JSONStringer().object()
                .key("origin").value(origin)
                .key("treeSize").value(treeSize)
                .key("rootHash").value(rootHash)
                .key("signedCheckpoint").value(signedCheckpoint)
                .key("transactionId").value(transactionId)
                .key("submitter").value(submitter)
                .key("anchoredAt").value(anchoredAt)
                .endObject().toString();
    }

    /** As the anchoring port describes it. */
    public AnchoredCheckpoint toAnchoredCheckpoint() {
        return new AnchoredCheckpoint(origin, treeSize, Hash.fromBase64(rootHash), signedCheckpoint, transactionId,
                submitter, Instant.parse(anchoredAt));
    }

    public String getOrigin() {
        return origin;
    }

    public long getTreeSize() {
        return treeSize;
    }

    public String getRootHash() {
        return rootHash;
    }

    public String getSignedCheckpoint() {
        return signedCheckpoint;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getAnchoredAt() {
        return anchoredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnchorRecord other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
