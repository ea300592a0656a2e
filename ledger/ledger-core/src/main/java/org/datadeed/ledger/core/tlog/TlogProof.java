package org.datadeed.ledger.core.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.note.Note;

/**
 * A C2SP tlog-proof (https://c2sp.org/tlog-proof): a self-contained, offline-verifiable receipt that an
 * entry is in a log. Immutable.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 opaque data&gt;        (optional)
 * index &lt;leaf index, ASCII decimal&gt;
 * &lt;inclusion proof hash, base64&gt;       (zero or more lines, leaf's sibling first)
 *
 * &lt;signed checkpoint, verbatim&gt;
 * </pre>
 *
 * <p>The extra data is not authenticated: never trust it.
 */
public final class TlogProof {

    /** The first line. */
    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    /** A tree of at most 2^63 − 1 leaves has inclusion proofs of at most 63 hashes. */
    private static final int MAX_PROOF_LINES = 63;

    private final byte[] extra;
    private final long index;
    private final List<Hash> inclusionPath;
    private final String checkpointNote;

    /**
     * @param extra          optional opaque data (null or non-empty)
     * @param index          the entry's leaf index
     * @param inclusionPath  the RFC 6962 inclusion proof in the checkpoint's tree
     * @param checkpointNote the signed checkpoint note, verbatim (ending in a newline)
     */
    public TlogProof(byte[] extra, long index, List<Hash> inclusionPath, String checkpointNote) {
        if (extra != null && extra.length == 0) {
            throw new IllegalArgumentException("extra data, when present, is not empty");
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        this.extra = extra == null ? null : extra.clone();
        this.index = index;
        this.inclusionPath = List.copyOf(inclusionPath);
        if (this.inclusionPath.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("an inclusion proof has at most 63 hashes");
        }
        this.checkpointNote = Objects.requireNonNull(checkpointNote, "checkpointNote");
        if (checkpointNote.isEmpty() || !checkpointNote.endsWith("\n")) {
            throw new IllegalArgumentException("the checkpoint note must end with a newline");
        }
    }

    /**
     * The receipt for leaf {@code proof.index()}, given its inclusion proof and the signed checkpoint at the
     * proof's tree size.
     *
     * @throws IllegalArgumentException if the checkpoint's size is not the proof's tree size
     */
    public static TlogProof of(InclusionProof proof, Note signedCheckpoint, byte[] extra) {
        Checkpoint checkpoint = Checkpoint.parse(signedCheckpoint.text());
        if (checkpoint.size() != proof.treeSize()) {
            throw new IllegalArgumentException("proof is for tree size " + proof.treeSize()
                    + " but the checkpoint has size " + checkpoint.size());
        }
        return new TlogProof(extra, proof.index(), proof.path(), signedCheckpoint.format());
    }

    /**
     * Parses a tlog-proof strictly. The checkpoint note is kept verbatim; it is checked when verified.
     *
     * @throws FormatException if the text is not a tlog-proof
     */
    public static TlogProof parse(String text) {
        Objects.requireNonNull(text, "text");
        Lines lines = new Lines(text);
        if (!HEADER.equals(lines.next())) {
            throw new FormatException("tlog-proof must start with " + HEADER);
        }
        String line = lines.next();
        byte[] extra = null;
        if (line.startsWith("extra ")) {
            extra = Encodings.decodeBase64(line.substring("extra ".length()), "extra data");
            if (extra.length == 0) {
                throw new FormatException("empty extra data must be omitted");
            }
            line = lines.next();
        }
        if (!line.startsWith("index ")) {
            throw new FormatException("expected an 'index <n>' line");
        }
        long index = Encodings.parseDecimal(line.substring("index ".length()), "index");
        List<Hash> path = new ArrayList<>();
        for (line = lines.next(); !line.isEmpty(); line = lines.next()) {
            if (path.size() == MAX_PROOF_LINES) {
                throw new FormatException("more than " + MAX_PROOF_LINES + " inclusion proof lines");
            }
            path.add(Hash.fromBase64(line));
        }
        String checkpoint = lines.rest();
        if (checkpoint.isEmpty()) {
            throw new FormatException("tlog-proof has no checkpoint");
        }
        if (!checkpoint.endsWith("\n")) {
            throw new FormatException("tlog-proof does not end with a newline");
        }
        return new TlogProof(extra, index, path, checkpoint);
    }

    /** The text form. */
    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            out.append("extra ").append(Encodings.base64(extra)).append('\n');
        }
        out.append("index ").append(index).append('\n');
        inclusionPath.forEach(h -> out.append(h.base64()).append('\n'));
        return out.append('\n').append(checkpointNote).toString();
    }

    /** The unauthenticated extra data, if any (a copy). */
    public Optional<byte[]> extra() {
        return Optional.ofNullable(extra).map(byte[]::clone);
    }

    public long index() {
        return index;
    }

    public List<Hash> inclusionPath() {
        return inclusionPath;
    }

    /** The signed checkpoint, verbatim. */
    public String checkpointNote() {
        return checkpointNote;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TlogProof other && Arrays.equals(extra, other.extra) && index == other.index
                && inclusionPath.equals(other.inclusionPath) && checkpointNote.equals(other.checkpointNote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(extra), index, inclusionPath, checkpointNote);
    }

    @Override
    public String toString() {
        return format();
    }

    /** Newline-terminated lines of a text, read one at a time. */
    private static final class Lines {

        private final String text;
        private int position;

        Lines(String text) {
            this.text = text;
        }

        String next() {
            int end = text.indexOf('\n', position);
            if (end < 0) {
                throw new FormatException("tlog-proof ends before its checkpoint");
            }
            String line = text.substring(position, end);
            position = end + 1;
            return line;
        }

        String rest() {
            return text.substring(position);
        }
    }
}
