package org.datadeed.ledger.core.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;

/**
 * The body of a C2SP tlog-witness {@code add-checkpoint} request (https://c2sp.org/tlog-witness):
 *
 * <pre>
 * old &lt;size of the previous checkpoint&gt;
 * &lt;consistency proof hash, base64&gt;   (zero to 63 lines)
 *
 * &lt;signed checkpoint note&gt;
 * </pre>
 *
 * @param oldSize          the size of the latest checkpoint the client believes the witness cosigned
 * @param consistencyProof the consistency proof from {@code oldSize} to the checkpoint's size
 * @param checkpointNote   the signed checkpoint, verbatim
 */
public record AddCheckpointRequest(long oldSize, List<Hash> consistencyProof, String checkpointNote) {

    /** The most consistency proof lines a request may carry. */
    public static final int MAX_PROOF_LINES = 63;

    public AddCheckpointRequest {
        if (oldSize < 0) {
            throw new IllegalArgumentException("old size must not be negative");
        }
        consistencyProof = List.copyOf(consistencyProof);
        if (consistencyProof.size() > MAX_PROOF_LINES) {
            throw new FormatException("more than " + MAX_PROOF_LINES + " consistency proof lines");
        }
        Objects.requireNonNull(checkpointNote, "checkpointNote");
    }

    /** @throws FormatException if {@code body} is not a well-formed request */
    public static AddCheckpointRequest parse(String body) {
        int lineEnd = body.indexOf('\n');
        if (lineEnd < 0 || !body.startsWith("old ")) {
            throw new FormatException("request must start with an 'old <size>' line");
        }
        long oldSize = Encodings.parseDecimal(body.substring(4, lineEnd), "old size");
        List<Hash> proof = new ArrayList<>();
        int start = lineEnd + 1;
        while (true) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                throw new FormatException("request has no empty line before the checkpoint");
            }
            if (end == start) {
                start = end + 1;
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw new FormatException("more than " + MAX_PROOF_LINES + " consistency proof lines");
            }
            proof.add(Hash.fromBase64(body.substring(start, end)));
            start = end + 1;
        }
        return new AddCheckpointRequest(oldSize, proof, body.substring(start));
    }

    /** The request body. */
    public String format() {
        StringBuilder out = new StringBuilder("old ").append(oldSize).append('\n');
        consistencyProof.forEach(h -> out.append(h.base64()).append('\n'));
        return out.append('\n').append(checkpointNote).toString();
    }
}
