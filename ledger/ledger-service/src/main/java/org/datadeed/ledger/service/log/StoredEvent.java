package org.datadeed.ledger.service.log;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.datadeed.ledger.core.leaf.EventLeaf;

/**
 * An event exactly as the event store row holds it, and its canonical leaf. The sequencer and the full audit both
 * compute leaves here, so they cannot disagree about the format.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
                          long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metadata) {

    /** The columns {@link #read} expects, in order, from {@code eventstore.domain_event_entry}. */
    public static final String COLUMNS = "global_index, event_identifier, type, aggregate_identifier, sequence_number, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    public static final int COLUMN_COUNT = COLUMNS.split(", ").length;

    /** {@link #COLUMNS} qualified with a table alias, e.g. {@code e.global_index, e.event_identifier, ...}. */
    public static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    public static StoredEvent read(ResultSet rs, int offset) throws SQLException {
        return new StoredEvent(rs.getLong(offset), rs.getString(offset + 1), rs.getString(offset + 2),
                rs.getString(offset + 3), rs.getLong(offset + 4), rs.getString(offset + 5), rs.getString(offset + 6),
                rs.getString(offset + 7), rs.getBytes(offset + 8), rs.getBytes(offset + 9));
    }

    public EventLeaf leaf() {
        return leafAt(globalIndex);
    }

    /** The leaf this event would have if it stood at another global index (to tell a reordering from a change). */
    public EventLeaf leafAt(long index) {
        return new EventLeaf(EventLeaf.FORMAT_V1, eventId, aggregateType, aggregateId, sequenceNumber, payloadType,
                payloadRevision, EventLeaf.canonicalTimestamp(timestamp), EventLeaf.sha256Hex(bytes(payload)),
                EventLeaf.sha256Hex(bytes(metadata)), index);
    }

    private static byte[] bytes(byte[] data) {
        return data == null ? new byte[0] : data;
    }
}
