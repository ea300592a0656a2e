package org.datadeed.ledger.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.datadeed.ledger.core.merkle.Hash;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference vectors {@code rfc6962-vectors.json} (a copy of {@code shared/testdata/rfc6962-vectors.json}):
 * leaves, roots, inclusion and consistency proofs, and the C2SP signed-note example.
 */
public record Vectors(String description, List<String> leaves, Map<String, String> roots,
                      List<Inclusion> inclusion, List<Consistency> consistency, SignedNoteExample signedNoteExample) {

    public record Inclusion(long index, long size, String leafHash, List<String> path) {

        public Hash leafHashValue() {
            return Hash.fromHex(leafHash);
        }

        public List<Hash> pathValue() {
            return path.stream().map(Hash::fromHex).toList();
        }

        @Override
        public String toString() {
            return "index " + index + " in size " + size;
        }
    }

    public record Consistency(long size1, long size2, String root1, String root2, List<String> proof) {

        public List<Hash> proofValue() {
            return proof.stream().map(Hash::fromHex).toList();
        }

        @Override
        public String toString() {
            return size1 + " -> " + size2;
        }
    }

    public record SignedNoteExample(String source, String verifierKey, String note) {
    }

    private static final Vectors INSTANCE = load();

    public static Vectors get() {
        return INSTANCE;
    }

    /** Leaf {@code i} as bytes. */
    public byte[] leaf(int i) {
        return HexFormat.of().parseHex(leaves.get(i));
    }

    /** The expected root of the first {@code size} leaves. */
    public Hash root(long size) {
        return Hash.fromHex(roots.get(Long.toString(size)));
    }

    private static Vectors load() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        try (InputStream in = Vectors.class.getResourceAsStream("rfc6962-vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("rfc6962-vectors.json is missing from the test resources");
            }
            return mapper.readValue(in, Vectors.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
