package org.datadeed.ledger.core.tlog;

import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSigner;
import org.datadeed.ledger.core.note.Notes;

/**
 * A C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the note text that commits a log to its
 * Merkle tree at one size.
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size, ASCII decimal, no leading zeros&gt;
 * &lt;root hash, base64&gt;
 * [&lt;extension line&gt;...]
 * </pre>
 *
 * @param origin     the log's identity, non-empty
 * @param size       the number of leaves
 * @param rootHash   the RFC 6962 root hash at {@code size}
 * @param extensions optional non-empty extension lines (not recommended by the specification; DataDeed
 *                   writes none)
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {

    public Checkpoint {
        requireLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        Objects.requireNonNull(rootHash, "rootHash");
        extensions = List.copyOf(extensions);
        extensions.forEach(line -> requireLine(line, "extension line"));
    }

    /** A checkpoint without extension lines. */
    public static Checkpoint of(String origin, long size, Hash rootHash) {
        return new Checkpoint(origin, size, rootHash, List.of());
    }

    /**
     * Parses a checkpoint note text strictly: at least three non-empty lines, each ending in a newline; a
     * decimal size without sign or leading zeros; a canonical base64 SHA-256 root hash.
     *
     * @throws FormatException if the text is not a checkpoint
     */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.endsWith("\n")) {
            throw new FormatException("checkpoint does not end with a newline");
        }
        List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw new FormatException("checkpoint has fewer than three lines");
        }
        for (String line : lines) {
            if (line.isEmpty()) {
                throw new FormatException("checkpoint has an empty line");
            }
        }
        long size = Encodings.parseDecimal(lines.get(1), "checkpoint tree size");
        Hash root = Hash.fromBase64(lines.get(2));
        return new Checkpoint(lines.get(0), size, root, lines.subList(3, lines.size()));
    }

    /** The note text: origin, size and root hash lines, then the extension lines, each ending in a newline. */
    public String body() {
        StringBuilder out = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(rootHash.base64()).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Signs this checkpoint as a note; the log's key comes first, by convention named like the origin. */
    public Note sign(NoteSigner... signers) {
        return Notes.sign(body(), signers);
    }

    private static void requireLine(String line, String what) {
        Objects.requireNonNull(line, what);
        if (line.isEmpty()) {
            throw new FormatException(what + " must not be empty");
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) < 0x20) {
                throw new FormatException(what + " must not contain control characters or newlines");
            }
        }
        Encodings.requireWellFormed(line, what);
    }
}
