package org.datadeed.registry.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files stored content-addressed in PostgreSQL: the key is the SHA-256 of the bytes, a file is stored once
 * however often it is uploaded, and stored content never changes.
 */
@Repository
public class EvidenceStore {

    /** What is known of a stored file without its bytes. */
    public record StoredFile(String sha256, String mediaType, long sizeBytes) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the content once, and records that this organisation uploaded it (and so may attach it). */
    @Transactional
    public StoredFile store(byte[] content, String mediaType, String organisation, String storedBy) {
        String sha256 = sha256(content);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO evidence_blob (sha256, media_type, size_bytes, content, stored_at, stored_by)
                        VALUES (:sha256, :mediaType, :size, :content, :at, :by) ON CONFLICT (sha256) DO NOTHING""")
                .param("sha256", sha256).param("mediaType", mediaType).param("size", (long) content.length)
                .param("content", content).param("at", now).param("by", storedBy)
                .update();
        jdbc.sql("""
                        INSERT INTO evidence_upload (sha256, organisation, uploaded_at) VALUES (:sha256, :org, :at)
                        ON CONFLICT DO NOTHING""")
                .param("sha256", sha256).param("org", organisation).param("at", now).update();
        return describe(sha256).orElseThrow();
    }

    /** The file, if this organisation uploaded it; empty otherwise, whether or not someone else did. */
    public Optional<StoredFile> uploadedBy(String sha256, String organisation) {
        return jdbc.sql("""
                        SELECT b.sha256, b.media_type, b.size_bytes FROM evidence_blob b
                        JOIN evidence_upload u ON u.sha256 = b.sha256
                        WHERE b.sha256 = :sha256 AND u.organisation = :org""")
                .param("sha256", sha256).param("org", organisation)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    public Optional<StoredFile> describe(String sha256) {
        return jdbc.sql("SELECT sha256, media_type, size_bytes FROM evidence_blob WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .optional();
    }

    public Optional<byte[]> content(String sha256) {
        return jdbc.sql("SELECT content FROM evidence_blob WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
