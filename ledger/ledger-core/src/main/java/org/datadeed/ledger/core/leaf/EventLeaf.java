package org.datadeed.ledger.core.leaf;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;

/**
 * The canonical leaf of one domain event, version 1 ({@value #FORMAT_V1}): what the ledger commits to
 * for each event in the event store, byte for byte reproducible from the stored event. Personal and raw
 * data never enter a leaf: only identifiers, the event's type and time, and SHA-256 hashes of the exact
 * serialized payload and metadata bytes.
 *
 * <p>Leaf bytes = RFC 8785 (JCS) canonical JSON of an object with exactly these members (see
 * {@code ledger/FORMAT.md}); leaf hash = SHA-256(0x00 || leaf bytes).
 *
 * @param formatVersion  always {@value #FORMAT_V1}
 * @param eventId        the event's unique identifier, non-empty
 * @param aggregateType  the aggregate type, non-empty; null for an event not published by an aggregate
 * @param aggregateId    the aggregate identifier, non-empty
 * @param sequenceNumber the event's sequence number in its aggregate, 0 ≤ n ≤ 2^53 − 1
 * @param eventType      the payload type name, non-empty
 * @param eventRevision  the payload revision, null if none
 * @param timestamp      UTC, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} exactly (see {@link #canonicalTimestamp})
 * @param payloadSha256  lowercase hex SHA-256 of the exact serialized payload bytes
 * @param metadataSha256 lowercase hex SHA-256 of the exact serialized metadata bytes
 * @param globalIndex    the event store's global index of the event, 0 ≤ n ≤ 2^53 − 1
 */
public record EventLeaf(String formatVersion, String eventId, String aggregateType, String aggregateId,
                        long sequenceNumber, String eventType, String eventRevision, String timestamp,
                        String payloadSha256, String metadataSha256, long globalIndex) {

    /** The format version string of this encoding. */
    public static final String FORMAT_V1 = "datadeed-leaf/v1";

    /** JSON member names, as written in the leaf. */
    public static final String FORMAT_VERSION = "formatVersion";
    public static final String EVENT_ID = "eventId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String SEQUENCE_NUMBER = "sequenceNumber";
    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_REVISION = "eventRevision";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_SHA256 = "payloadSha256";
    public static final String METADATA_SHA256 = "metadataSha256";
    public static final String GLOBAL_INDEX = "globalIndex";

    private static final Pattern TIMESTAMP_PATTERN =
            Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    private static final DateTimeFormatter TIMESTAMP_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Instant MIN_TIME = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999Z");

    public EventLeaf {
        if (!FORMAT_V1.equals(formatVersion)) {
            throw new FormatException("unsupported leaf format '" + formatVersion + "'");
        }
        requireNonEmpty(eventId, EVENT_ID);
        if (aggregateType != null) {
            requireNonEmpty(aggregateType, AGGREGATE_TYPE);
        }
        requireNonEmpty(aggregateId, AGGREGATE_ID);
        requireSafeInteger(sequenceNumber, SEQUENCE_NUMBER);
        requireNonEmpty(eventType, EVENT_TYPE);
        if (eventRevision != null) {
            Encodings.requireWellFormed(eventRevision, EVENT_REVISION);
        }
        requireCanonicalTimestamp(timestamp);
        Encodings.decodeHex(Objects.requireNonNull(payloadSha256, PAYLOAD_SHA256), 32, PAYLOAD_SHA256);
        Encodings.decodeHex(Objects.requireNonNull(metadataSha256, METADATA_SHA256), 32, METADATA_SHA256);
        requireSafeInteger(globalIndex, GLOBAL_INDEX);
    }

    /**
     * Builds the leaf of an event from what the event store holds.
     *
     * @param payload  the exact serialized payload bytes as stored
     * @param metadata the exact serialized metadata bytes as stored
     */
    public static EventLeaf of(String eventId, String aggregateType, String aggregateId, long sequenceNumber,
                               String eventType, String eventRevision, Instant timestamp, byte[] payload,
                               byte[] metadata, long globalIndex) {
        return new EventLeaf(FORMAT_V1, eventId, aggregateType, aggregateId, sequenceNumber, eventType,
                eventRevision, canonicalTimestamp(timestamp), sha256Hex(payload), sha256Hex(metadata), globalIndex);
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        return Encodings.hex(Rfc6962.sha256(bytes));
    }

    /**
     * The leaf's form of an instant: UTC, truncated to milliseconds, always three fraction digits,
     * e.g. {@code 2025-01-15T08:30:00.120Z}.
     */
    public static String canonicalTimestamp(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        if (millis.isBefore(MIN_TIME) || millis.isAfter(MAX_TIME)) {
            throw new FormatException("timestamp outside years 0000-9999");
        }
        return TIMESTAMP_FORMAT.format(millis);
    }

    /**
     * The leaf's form of a timestamp as Axon stores it (ISO-8601 with an offset, at least millisecond
     * digits, e.g. {@code 2025-01-15T08:30:00.12Z} or {@code 2025-01-15T08:30:00.120456Z}).
     *
     * @throws FormatException if {@code stored} is not an ISO-8601 date-time with offset
     */
    public static String canonicalTimestamp(String stored) {
        try {
            return canonicalTimestamp(OffsetDateTime.parse(stored, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            throw new FormatException("not an ISO-8601 timestamp: " + stored, e);
        }
    }

    /** The members of the leaf object, name → value (String, Long or null). */
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put(FORMAT_VERSION, formatVersion);
        members.put(EVENT_ID, eventId);
        members.put(AGGREGATE_TYPE, aggregateType);
        members.put(AGGREGATE_ID, aggregateId);
        members.put(SEQUENCE_NUMBER, sequenceNumber);
        members.put(EVENT_TYPE, eventType);
        members.put(EVENT_REVISION, eventRevision);
        members.put(TIMESTAMP, timestamp);
        members.put(PAYLOAD_SHA256, payloadSha256);
        members.put(METADATA_SHA256, metadataSha256);
        members.put(GLOBAL_INDEX, globalIndex);
        return members;
    }

    /** The canonical JSON text of the leaf. */
    public String canonicalJson() {
        return Jcs.canonicalize(members());
    }

    /** The leaf bytes: UTF-8 of {@link #canonicalJson()}. */
    public byte[] canonicalBytes() {
        return Jcs.canonicalBytes(members());
    }

    /** The RFC 6962 leaf hash: SHA-256(0x00 || {@link #canonicalBytes()}). */
    public Hash leafHash() {
        return Rfc6962.leafHash(canonicalBytes());
    }

    private static void requireNonEmpty(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new FormatException(name + " must not be null or empty");
        }
        Encodings.requireWellFormed(value, name);
    }

    private static void requireSafeInteger(long value, String name) {
        if (value < 0 || value > Jcs.MAX_SAFE_INTEGER) {
            throw new FormatException(name + " must be in [0, 2^53 - 1], got " + value);
        }
    }

    private static void requireCanonicalTimestamp(String timestamp) {
        if (timestamp == null || !TIMESTAMP_PATTERN.matcher(timestamp).matches()) {
            throw new FormatException("timestamp must be UTC with milliseconds, yyyy-MM-ddTHH:mm:ss.SSSZ");
        }
        try {
            if (!canonicalTimestamp(Instant.parse(timestamp)).equals(timestamp)) {
                throw new FormatException("timestamp is not a valid instant: " + timestamp);
            }
        } catch (DateTimeException e) {
            throw new FormatException("timestamp is not a valid instant: " + timestamp, e);
        }
    }
}
