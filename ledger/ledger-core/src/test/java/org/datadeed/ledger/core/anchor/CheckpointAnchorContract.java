package org.datadeed.ledger.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link CheckpointAnchor} port. Every implementation (the in-memory reference, the local
 * development anchor, the Fabric adapter) has a test that extends this class and supplies a new, empty anchor.
 * The logs here are real: RFC 6962 trees in memory, Ed25519-signed checkpoints, consistency proofs from the tree.
 */
public abstract class CheckpointAnchorContract {

    protected static final String ORIGIN = "datadeed.test/ledger";

    private CheckpointAnchor anchor;
    private TestLog log;

    /** A new anchor that knows no log. */
    protected abstract CheckpointAnchor newAnchor();

    /** What the anchor under test records as {@link AnchoredCheckpoint#submitter()}. */
    protected abstract String expectedSubmitter();

    @BeforeEach
    void createAnchor() {
        anchor = newAnchor();
        log = TestLog.of(ORIGIN);
    }

    /** The anchor under test. */
    protected final CheckpointAnchor anchor() {
        return anchor;
    }

    private AnchoredCheckpoint anchorAt(long size, long previousSize) {
        return anchor.anchor(log.signedCheckpoint(size), log.proof(previousSize, size));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call,
                                                                                AnchorRefusal refusal) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(AnchorRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    // --- registering logs ---

    @Test
    void registeringTheSameKeyAgainIsANoOp() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(3);

        assertThat(anchorAt(3, 0).treeSize()).isEqualTo(3);
    }

    @Test
    void registeringAnotherKeyForAKnownOriginIsRefusedAsKeyMismatch() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        TestLog impostor = new TestLog(ORIGIN, "another key", "leaves of " + ORIGIN);

        assertRefused(() -> anchor.registerLog(ORIGIN, impostor.verifierKey()), AnchorRefusal.KEY_MISMATCH);

        log.grow(2);
        assertThat(anchorAt(2, 0).treeSize()).as("the first key stays registered").isEqualTo(2);
    }

    @Test
    void registeringAKeyNotNamedLikeTheOriginIsRefusedAsMalformed() {
        assertRefused(() -> anchor.registerLog("datadeed.test/other", log.verifierKey()), AnchorRefusal.MALFORMED);
        assertRefused(() -> anchor.registerLog(ORIGIN, "not a verifier key"), AnchorRefusal.MALFORMED);
    }

    // --- anchoring ---

    @Test
    void firstCheckpointIsAnchoredWithAnEmptyProofAndRecordsWhoSubmittedIt() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(5);
        String note = log.signedCheckpoint();

        AnchoredCheckpoint anchored = anchor.anchor(note, List.of());

        assertThat(anchored.origin()).isEqualTo(ORIGIN);
        assertThat(anchored.treeSize()).isEqualTo(5);
        assertThat(anchored.rootHash()).isEqualTo(log.rootHash(5));
        assertThat(anchored.signedCheckpoint()).isEqualTo(note);
        assertThat(anchored.transactionId()).isNotBlank();
        assertThat(anchored.submitter()).isEqualTo(expectedSubmitter());
        assertThat(anchored.anchoredAt()).isNotNull();
        assertThat(anchor.latest(ORIGIN)).contains(anchored);
    }

    @Test
    void largerTreeWithAValidConsistencyProofIsAppended() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(3);
        AnchoredCheckpoint first = anchorAt(3, 0);
        log.grow(4);

        AnchoredCheckpoint second = anchorAt(7, 3);

        assertThat(second.treeSize()).isEqualTo(7);
        assertThat(second.rootHash()).isEqualTo(log.rootHash(7));
        assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
        assertThat(anchor.latest(ORIGIN)).contains(second);
        assertThat(anchor.bySize(ORIGIN, 3)).contains(first);
    }

    @Test
    void emptyTreeCanBeAnchoredFirstAndThenGrown() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        anchorAt(0, 0);
        log.grow(2);

        assertThat(anchorAt(2, 0).treeSize()).isEqualTo(2);
    }

    @Test
    void smallerTreeIsRefusedAndChangesNothing() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(6);
        AnchoredCheckpoint latest = anchorAt(6, 0);

        assertRefused(() -> anchor.anchor(log.signedCheckpoint(4), List.of()), AnchorRefusal.SMALLER_TREE);

        assertThat(anchor.latest(ORIGIN)).contains(latest);
        assertThat(anchor.bySize(ORIGIN, 4)).isEmpty();
    }

    @Test
    void sameSizeWithAnotherRootIsRefusedAsForked() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(4);
        AnchoredCheckpoint latest = anchorAt(4, 0);
        TestLog fork = log.fork().grow(4);

        assertRefused(() -> anchor.anchor(fork.signedCheckpoint(), List.of()), AnchorRefusal.FORKED_ROOT);

        assertThat(anchor.latest(ORIGIN)).contains(latest);
    }

    @Test
    void largerTreeWithAWrongProofIsRefusedAsInconsistent() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(3);
        AnchoredCheckpoint latest = anchorAt(3, 0);
        log.grow(5);

        assertRefused(() -> anchor.anchor(log.signedCheckpoint(), List.of()), AnchorRefusal.INCONSISTENT);
        assertRefused(() -> anchor.anchor(log.signedCheckpoint(), log.proof(2, 8)), AnchorRefusal.INCONSISTENT);
        List<Hash> tampered = new ArrayList<>(log.proof(3, 8));
        tampered.set(0, Rfc6962.leafHash(new byte[] {42}));
        assertRefused(() -> anchor.anchor(log.signedCheckpoint(), tampered), AnchorRefusal.INCONSISTENT);

        assertThat(anchor.latest(ORIGIN)).contains(latest);
        assertThat(anchor.history(ORIGIN, 0, 10)).containsExactly(latest);
    }

    @Test
    void largerTreeOfAForkedLogIsRefusedEvenWithItsOwnValidProof() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(3);
        anchorAt(3, 0);
        TestLog fork = log.fork().grow(9);

        assertRefused(() -> anchor.anchor(fork.signedCheckpoint(), fork.proof(3, 9)), AnchorRefusal.INCONSISTENT);
    }

    @Test
    void firstCheckpointWithANonEmptyProofIsRefusedAsInconsistent() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(4);

        assertRefused(() -> anchor.anchor(log.signedCheckpoint(), log.proof(2, 4)), AnchorRefusal.INCONSISTENT);
        assertThat(anchor.latest(ORIGIN)).isEmpty();
    }

    @Test
    void checkpointSignedByAnotherKeyIsRefusedAsBadSignature() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(2);
        Ed25519NoteSigner sameNameOtherKey = new TestLog(ORIGIN, "another key", "x").key();

        assertRefused(() -> anchor.anchor(log.signedCheckpoint(2, sameNameOtherKey), List.of()),
                AnchorRefusal.BAD_SIGNATURE);
        assertThat(anchor.latest(ORIGIN)).isEmpty();
    }

    @Test
    void checkpointWithAnInvalidSignatureByTheLogKeyIsRefusedAsBadSignature() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(2);
        Note signed = Note.parse(log.signedCheckpoint());
        byte[] signature = signed.signatures().get(0).signature();
        signature[0] ^= 1;
        String forged = new Note(signed.text(),
                List.of(new NoteSignature(ORIGIN, log.key().keyId(), signature))).format();

        assertRefused(() -> anchor.anchor(forged, List.of()), AnchorRefusal.BAD_SIGNATURE);
    }

    @Test
    void signaturesByOtherKeysSuchAsWitnessesAreIgnored() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(2);
        Ed25519NoteSigner witness = new TestLog("regulator.test/witness", "witness", "x").key();
        String cosigned = log.signedCheckpoint(2, log.key(), witness);

        assertThat(anchor.anchor(cosigned, List.of()).signedCheckpoint()).isEqualTo(cosigned);
    }

    @Test
    void malformedNoteIsRefused() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(1);
        String notACheckpoint = Note.parse(log.signedCheckpoint()).text();
        String signedNonsense = new Note("just some text\n", Note.parse(log.signedCheckpoint()).signatures()).format();

        assertRefused(() -> anchor.anchor("garbage", List.of()), AnchorRefusal.MALFORMED);
        assertRefused(() -> anchor.anchor(notACheckpoint, List.of()), AnchorRefusal.MALFORMED);
        assertRefused(() -> anchor.anchor(signedNonsense, List.of()), AnchorRefusal.MALFORMED);
    }

    @Test
    void checkpointOfAnUnknownOriginIsRefused() {
        log.grow(2);

        assertRefused(() -> anchor.anchor(log.signedCheckpoint(), List.of()), AnchorRefusal.UNKNOWN_ORIGIN);
    }

    @Test
    void reAnchoringTheLatestCheckpointReturnsTheExistingRecordAndChangesNothing() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        log.grow(3);
        anchorAt(3, 0);
        log.grow(2);
        AnchoredCheckpoint first = anchorAt(5, 3);

        AnchoredCheckpoint again = anchorAt(5, 3);
        Ed25519NoteSigner witness = new TestLog("regulator.test/witness", "witness", "x").key();
        AnchoredCheckpoint cosignedAgain = anchor.anchor(log.signedCheckpoint(5, log.key(), witness), List.of());

        assertThat(again).isEqualTo(first);
        assertThat(cosignedAgain).isEqualTo(first);
        assertThat(anchor.history(ORIGIN, 0, 10)).extracting(AnchoredCheckpoint::treeSize).containsExactly(3L, 5L);
    }

    // --- queries ---

    @Test
    void latestBySizeAndHistoryFollowTheAnchoredSizes() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        long previous = 0;
        for (int size : new int[] {1, 3, 4, 7, 8}) {
            log.grow(size - (int) log.size());
            anchorAt(size, previous);
            previous = size;
        }

        assertThat(anchor.latest(ORIGIN)).hasValueSatisfying(c -> assertThat(c.treeSize()).isEqualTo(8));
        assertThat(anchor.bySize(ORIGIN, 4)).hasValueSatisfying(c -> {
            assertThat(c.rootHash()).isEqualTo(log.rootHash(4));
            assertThat(Checkpoint.parse(Note.parse(c.signedCheckpoint()).text()).size()).isEqualTo(4);
        });
        assertThat(anchor.bySize(ORIGIN, 5)).isEmpty();
        assertThat(anchor.history(ORIGIN, 0, 100)).extracting(AnchoredCheckpoint::treeSize)
                .containsExactly(1L, 3L, 4L, 7L, 8L);
        assertThat(anchor.history(ORIGIN, 4, 2)).extracting(AnchoredCheckpoint::treeSize).containsExactly(4L, 7L);
        assertThat(anchor.history(ORIGIN, 5, 100)).extracting(AnchoredCheckpoint::treeSize).containsExactly(7L, 8L);
        assertThat(anchor.history(ORIGIN, 9, 100)).isEmpty();
    }

    @Test
    void historyCanBePagedThroughFromTheLastSizeSeen() {
        anchor.registerLog(ORIGIN, log.verifierKey());
        for (int size = 1; size <= 7; size++) {
            log.grow(1);
            anchorAt(size, size - 1);
        }

        List<Long> seen = new ArrayList<>();
        long from = 0;
        List<AnchoredCheckpoint> page;
        do {
            page = anchor.history(ORIGIN, from, 3);
            assertThat(page.size()).isLessThanOrEqualTo(3);
            page.forEach(c -> seen.add(c.treeSize()));
            if (!page.isEmpty()) {
                from = page.get(page.size() - 1).treeSize() + 1;
            }
        } while (page.size() == 3);

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void historyRefusesANegativeStartOrANonPositiveLimit() {
        assertThatThrownBy(() -> anchor.history(ORIGIN, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anchor.history(ORIGIN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesAboutAnUnknownOriginAreEmpty() {
        assertThat(anchor.latest("nobody.test/log")).isEmpty();
        assertThat(anchor.bySize("nobody.test/log", 1)).isEmpty();
        assertThat(anchor.history("nobody.test/log", 0, 10)).isEmpty();
    }

    @Test
    void registeredLogWithoutCheckpointsHasNoLatest() {
        anchor.registerLog(ORIGIN, log.verifierKey());

        assertThat(anchor.latest(ORIGIN)).isEmpty();
        assertThat(anchor.history(ORIGIN, 0, 10)).isEmpty();
    }

    @Test
    void logsOfDifferentOriginsAreAnchoredIndependently() {
        TestLog other = TestLog.of("datadeed.test/other");
        anchor.registerLog(ORIGIN, log.verifierKey());
        anchor.registerLog(other.origin(), other.verifierKey());
        log.grow(5);
        other.grow(2);

        anchorAt(5, 0);
        anchor.anchor(other.signedCheckpoint(), List.of());

        assertThat(anchor.latest(ORIGIN)).hasValueSatisfying(c -> assertThat(c.treeSize()).isEqualTo(5));
        assertThat(anchor.latest(other.origin())).hasValueSatisfying(c -> assertThat(c.treeSize()).isEqualTo(2));
        assertThat(anchor.history(other.origin(), 0, 10)).hasSize(1);
        assertRefused(() -> anchor.anchor(log.signedCheckpoint(5, other.key()), List.of()),
                AnchorRefusal.BAD_SIGNATURE);
    }
}
