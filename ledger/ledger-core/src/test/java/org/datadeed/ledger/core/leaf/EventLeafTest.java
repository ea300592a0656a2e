package org.datadeed.ledger.core.leaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventLeafTest {

    private static final byte[] PAYLOAD = "{\"assetId\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] METADATA = "{}".getBytes(StandardCharsets.UTF_8);
    private static final String PAYLOAD_SHA = EventLeaf.sha256Hex(PAYLOAD);
    private static final String METADATA_SHA = EventLeaf.sha256Hex(METADATA);

    private static EventLeaf leaf() {
        return EventLeaf.of("e-1", "DataAsset", "a-1", 3, "org.example.AssetRegistered", "1",
                Instant.parse("2025-02-03T04:05:06.789Z"), PAYLOAD, METADATA, 41);
    }

    @Test
    void canonicalJsonHasEveryMemberSortedWithoutWhitespace() {
        assertThat(leaf().canonicalJson()).isEqualTo("{"
                + "\"aggregateId\":\"a-1\","
                + "\"aggregateType\":\"DataAsset\","
                + "\"eventId\":\"e-1\","
                + "\"eventRevision\":\"1\","
                + "\"eventType\":\"org.example.AssetRegistered\","
                + "\"formatVersion\":\"datadeed-leaf/v1\","
                + "\"globalIndex\":41,"
                + "\"metadataSha256\":\"" + METADATA_SHA + "\","
                + "\"payloadSha256\":\"" + PAYLOAD_SHA + "\","
                + "\"sequenceNumber\":3,"
                + "\"timestamp\":\"2025-02-03T04:05:06.789Z\"}");
    }

    @Test
    void payloadAndMetadataAreHashedAsStoredBytes() {
        assertThat(leaf().payloadSha256()).isEqualTo("563ead681d4dc745234b0e816935fc125c6a9d7ee58ded3be7015e0c54cfd9db");
        assertThat(EventLeaf.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leafHashIsRfc6962LeafHashOfTheCanonicalUtf8Bytes() {
        EventLeaf leaf = leaf();
        assertThat(leaf.canonicalBytes()).isEqualTo(leaf.canonicalJson().getBytes(StandardCharsets.UTF_8));
        assertThat(leaf.leafHash()).isEqualTo(Rfc6962.leafHash(leaf.canonicalBytes()));
    }

    @Test
    void absentRevisionAndAggregateTypeAreJsonNull() {
        EventLeaf leaf = EventLeaf.of("e-1", null, "e-1", 0, "org.example.Notice", null,
                Instant.parse("2025-02-03T04:05:06Z"), PAYLOAD, METADATA, 0);
        assertThat(leaf.canonicalJson())
                .contains("\"aggregateType\":null")
                .contains("\"eventRevision\":null")
                .contains("\"timestamp\":\"2025-02-03T04:05:06.000Z\"");
    }

    @Test
    void anyChangeToTheEventChangesTheLeafHash() {
        EventLeaf leaf = leaf();
        assertThat(EventLeaf.of("e-1", "DataAsset", "a-1", 4, "org.example.AssetRegistered", "1",
                Instant.parse("2025-02-03T04:05:06.789Z"), PAYLOAD, METADATA, 41).leafHash()).isNotEqualTo(leaf.leafHash());
        assertThat(EventLeaf.of("e-1", "DataAsset", "a-1", 3, "org.example.AssetRegistered", "1",
                Instant.parse("2025-02-03T04:05:06.789Z"), "{\"assetId\":\"a-2\"}".getBytes(StandardCharsets.UTF_8),
                METADATA, 41).leafHash()).isNotEqualTo(leaf.leafHash());
        assertThat(EventLeaf.of("e-1", "DataAsset", "a-1", 3, "org.example.AssetRegistered", "2",
                Instant.parse("2025-02-03T04:05:06.789Z"), PAYLOAD, METADATA, 41).leafHash()).isNotEqualTo(leaf.leafHash());
    }

    @ParameterizedTest
    @CsvSource({
            "2025-02-03T04:05:06.789Z, 2025-02-03T04:05:06.789Z",
            "2025-02-03T04:05:06Z, 2025-02-03T04:05:06.000Z",
            "2025-02-03T04:05:06.7Z, 2025-02-03T04:05:06.700Z",
            "2025-02-03T04:05:06.789999999Z, 2025-02-03T04:05:06.789Z",
            "2025-02-03T06:05:06.789+02:00, 2025-02-03T04:05:06.789Z"})
    void storedTimestampsAreNormalisedToUtcMilliseconds(String stored, String canonical) {
        assertThat(EventLeaf.canonicalTimestamp(stored)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-03T04:05:06Z", "2025-02-03T04:05:06.78Z", "2025-02-03T04:05:06.789+00:00",
            "2025-02-03 04:05:06.789Z", "2025-13-03T04:05:06.789Z", "2025-02-30T04:05:06.789Z",
            "2016-12-31T23:59:60.000Z", "2025-02-03T04:05:06.789z"})
    void leafTimestampMustBeCanonical(String timestamp) {
        assertThatThrownBy(() -> new EventLeaf(EventLeaf.FORMAT_V1, "e", "T", "a", 0, "t", null, timestamp,
                PAYLOAD_SHA, METADATA_SHA, 0)).isInstanceOf(FormatException.class);
    }

    @Test
    void hashesMustBeLowercaseHexOf32Bytes() {
        assertThatThrownBy(() -> new EventLeaf(EventLeaf.FORMAT_V1, "e", "T", "a", 0, "t", null,
                "2025-02-03T04:05:06.789Z", PAYLOAD_SHA.toUpperCase(), METADATA_SHA, 0)).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new EventLeaf(EventLeaf.FORMAT_V1, "e", "T", "a", 0, "t", null,
                "2025-02-03T04:05:06.789Z", PAYLOAD_SHA, METADATA_SHA.substring(2), 0)).isInstanceOf(FormatException.class);
    }

    @Test
    void numbersMustBeNonNegativeAndExactInJson() {
        assertThatThrownBy(() -> EventLeaf.of("e", "T", "a", -1, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 0))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> EventLeaf.of("e", "T", "a", 0, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 1L << 53))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void requiredTextMembersMustBePresentAndNonEmpty() {
        assertThatThrownBy(() -> EventLeaf.of("", "T", "a", 0, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 0))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> EventLeaf.of("e", "", "a", 0, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 0))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> EventLeaf.of("e", "T", null, 0, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 0))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> EventLeaf.of("e", "T", "a", 0, null, null, Instant.EPOCH, PAYLOAD, METADATA, 0))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void onlyFormatVersion1IsKnown() {
        assertThatThrownBy(() -> new EventLeaf("datadeed-leaf/v2", "e", "T", "a", 0, "t", null,
                "2025-02-03T04:05:06.789Z", PAYLOAD_SHA, METADATA_SHA, 0)).isInstanceOf(FormatException.class);
    }

    @Test
    void nonAsciiTextIsEncodedAsUtf8InTheLeaf() {
        EventLeaf leaf = EventLeaf.of("e-1", "数据资产", "a-1", 0, "t", null, Instant.EPOCH, PAYLOAD, METADATA, 0);
        assertThat(new String(leaf.canonicalBytes(), StandardCharsets.UTF_8)).contains("\"aggregateType\":\"数据资产\"");
    }
}
