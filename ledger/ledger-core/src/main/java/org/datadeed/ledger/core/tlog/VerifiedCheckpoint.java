package org.datadeed.ledger.core.tlog;

import java.util.List;

import org.datadeed.ledger.core.note.Note;

/**
 * A checkpoint that a {@link CheckpointPolicy} accepted.
 *
 * @param checkpoint   the parsed checkpoint
 * @param note         the signed note it came in
 * @param cosignatures the valid cosignatures from witnesses the policy trusts, one per witness
 */
public record VerifiedCheckpoint(Checkpoint checkpoint, Note note, List<Cosignature> cosignatures) {

    public VerifiedCheckpoint {
        cosignatures = List.copyOf(cosignatures);
    }
}
