package org.datadeed.ledger.chaincode;

import java.util.Objects;

import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.annotation.Property;
import org.json.JSONObject;
import org.json.JSONStringer;

/**
 * A registered log, as JSON with exactly these members in this order: {@code origin}, {@code verifierKey} (the
 * C2SP vkey its checkpoints must be signed with), {@code registeredBy} (MSP id), {@code transactionId} and
 * {@code registeredAt} (ISO-8601 UTC). Written member by member so that every endorsing peer produces the same
 * bytes. Immutable.
 */
@DataType
public final class LogRecord {

    @Property
    private final String origin;
    @Property
    private final String verifierKey;
    @Property
    private final String registeredBy;
    @Property
    private final String transactionId;
    @Property
    private final String registeredAt;

    public LogRecord(String origin, String verifierKey, String registeredBy, String transactionId,
                     String registeredAt) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.verifierKey = Objects.requireNonNull(verifierKey, "verifierKey");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** Reads a record written by {@link #toJson()}. */
    public static LogRecord fromJson(String json) {
        JSONObject o = new JSONObject(json);
        return new LogRecord(o.getString("origin"), o.getString("verifierKey"), o.getString("registeredBy"),
                o.getString("transactionId"), o.getString("registeredAt"));
    }

    /** The canonical JSON form (fixed member order, no white space). */
    public String toJson() {
        return new JSONStringer().object()
                .key("origin").value(origin)
                .key("verifierKey").value(verifierKey)
                .key("registeredBy").value(registeredBy)
                .key("transactionId").value(transactionId)
                .key("registeredAt").value(registeredAt)
                .endObject().toString();
    }

    public String getOrigin() {
        return origin;
    }

    public String getVerifierKey() {
        return verifierKey;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getRegisteredAt() {
        return registeredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogRecord other && toJson().equals(other.toJson());
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
