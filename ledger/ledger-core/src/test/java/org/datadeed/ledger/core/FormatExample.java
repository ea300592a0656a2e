package org.datadeed.ledger.core;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.datadeed.ledger.core.leaf.EventLeaf;
import org.datadeed.ledger.core.merkle.ConsistencyProof;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.Notes;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.CosignatureV1;
import org.datadeed.ledger.core.tlog.Ed25519Cosigner;
import org.datadeed.ledger.core.tlog.TlogProof;

/**
 * The worked example of {@code ledger/FORMAT.md}, computed by the code. Every value is deterministic:
 * fixed events, published example keys (seeds are SHA-256 of a fixed phrase) and a fixed clock.
 */
public final class FormatExample {

    public static final String ORIGIN = "datadeed.example/ledger";
    public static final String WITNESS = "regulator.example/witness";
    public static final String LOG_SEED_PHRASE = "DataDeed FORMAT.md example log key";
    public static final String WITNESS_SEED_PHRASE = "DataDeed FORMAT.md example witness key";
    public static final Instant COSIGNED_AT = Instant.parse("2025-01-15T09:30:00Z");

    public static final List<byte[]> PAYLOADS = List.of(
            utf8("{\"assetId\":\"asset-7f3e\",\"title\":\"Air quality readings 2024\",\"holder\":\"org-42\"}"),
            utf8("{\"assetId\":\"asset-7f3e\",\"reviewRequestedBy\":\"user-17\"}"),
            utf8("{\"licenceId\":\"lic-0001\",\"productId\":\"prod-3\",\"enterprise\":\"org-99\"}"));
    public static final List<byte[]> METADATA = List.of(
            utf8("{\"correlationId\":\"c-0001\",\"traceId\":\"t-0001\"}"),
            utf8("{\"correlationId\":\"c-0002\",\"traceId\":\"t-0002\"}"),
            utf8("{\"correlationId\":\"c-0003\",\"traceId\":\"t-0003\"}"));

    public final List<EventLeaf> leaves;
    public final List<Hash> leafHashes;
    public final Hash node01;
    public final Hash root2;
    public final Hash root3;
    public final InclusionProof inclusion1;
    public final ConsistencyProof consistency2to3;
    public final Ed25519NoteSigner logKey;
    public final Ed25519Cosigner witnessKey;
    public final Checkpoint checkpoint;
    public final Note logSigned;
    public final Note cosigned;
    public final String cosignedMessage;
    public final TlogProof receipt;

    public FormatExample() {
        leaves = List.of(
                EventLeaf.of("0f5c8a3e-6b1d-4c9a-9d2e-3f4a5b6c7d80", "DataAsset", "asset-7f3e", 0,
                        "org.datadeed.registry.asset.DataAssetRegisteredEvent", "1",
                        Instant.parse("2025-01-15T08:30:00.123Z"), PAYLOADS.get(0), METADATA.get(0), 0),
                EventLeaf.of("0f5c8a3e-6b1d-4c9a-9d2e-3f4a5b6c7d81", "DataAsset", "asset-7f3e", 1,
                        "org.datadeed.registry.asset.DataAssetSubmittedForReviewEvent", "1",
                        Instant.parse("2025-01-15T08:31:07.450Z"), PAYLOADS.get(1), METADATA.get(1), 1),
                EventLeaf.of("0f5c8a3e-6b1d-4c9a-9d2e-3f4a5b6c7d82", "Licence", "lic-0001", 0,
                        "org.datadeed.marketplace.licence.LicenceRequestedEvent", null,
                        Instant.parse("2025-01-15T09:00:00Z"), PAYLOADS.get(2), METADATA.get(2), 2));
        leafHashes = leaves.stream().map(EventLeaf::leafHash).toList();
        node01 = Rfc6962.nodeHash(leafHashes.get(0), leafHashes.get(1));
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        log.appendAll(leafHashes);
        root2 = log.prover().rootHash(2);
        root3 = log.rootHash();
        inclusion1 = log.prover().inclusionProof(1, 3);
        consistency2to3 = log.prover().consistencyProof(2, 3);

        logKey = Ed25519NoteSigner.fromSeed(ORIGIN, Rfc6962.sha256(utf8(LOG_SEED_PHRASE)));
        witnessKey = Ed25519Cosigner.fromSeed(WITNESS, Rfc6962.sha256(utf8(WITNESS_SEED_PHRASE)),
                Clock.fixed(COSIGNED_AT, ZoneOffset.UTC));
        checkpoint = Checkpoint.of(ORIGIN, 3, root3);
        logSigned = checkpoint.sign(logKey);
        cosigned = Notes.addSignature(logSigned, witnessKey);
        cosignedMessage = new String(CosignatureV1.signedMessage(COSIGNED_AT.getEpochSecond(), checkpoint.body()),
                StandardCharsets.UTF_8);
        receipt = TlogProof.of(inclusion1, cosigned, null);
    }

    /** Every value the document must show, by label. */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            v.put("payloadSha256 " + i, leaves.get(i).payloadSha256());
            v.put("metadataSha256 " + i, leaves.get(i).metadataSha256());
            v.put("canonical JSON " + i, leaves.get(i).canonicalJson());
            v.put("leaf hash " + i, leafHashes.get(i).hex());
        }
        v.put("leaf bytes 0 (hex, 32 bytes per line)", wrappedHex(leaves.get(0).canonicalBytes()));
        v.put("node hash (0,1)", node01.hex());
        v.put("root of size 2", root2.hex());
        v.put("root of size 3", root3.hex());
        v.put("root of size 3 (base64)", root3.base64());
        v.put("inclusion proof of leaf 1 in size 3", String.join("\n", inclusion1.path().stream().map(Hash::hex).toList()));
        v.put("consistency proof 2 -> 3", String.join("\n", consistency2to3.path().stream().map(Hash::hex).toList()));
        v.put("log verifier key", logKey.verifier().verifierKey().encode());
        v.put("witness verifier key", witnessKey.verifier().verifierKey().encode());
        v.put("checkpoint body", checkpoint.body());
        v.put("log-signed checkpoint", logSigned.format());
        v.put("cosignature/v1 signed message", cosignedMessage);
        v.put("cosigned checkpoint", cosigned.format());
        v.put("tlog-proof of leaf 1", receipt.format());
        return v;
    }

    /** Lowercase hex, 64 digits (32 bytes) per line. */
    public static String wrappedHex(byte[] bytes) {
        String hex = Encodings.hex(bytes);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < hex.length(); i += 64) {
            lines.add(hex.substring(i, Math.min(hex.length(), i + 64)));
        }
        return String.join("\n", lines);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
