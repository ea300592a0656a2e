package org.datadeed.ledger.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.Ed25519Cosigner;
import org.datadeed.ledger.core.tlog.TlogProof;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyReceiptTest {

    private static final String ORIGIN = "datadeed.test/ledger";

    @TempDir
    Path dir;

    @Test
    void aGenuineReceiptVerifiesAndAForeignLeafDoesNot() throws IOException {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate(ORIGIN, new SecureRandom());
        Ed25519Cosigner witness = Ed25519Cosigner.generate("datadeed.test/witness", new SecureRandom(), Clock.systemUTC());
        MerkleLog merkle = MerkleLog.open(new InMemoryNodeStore());
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            byte[] leaf = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            leaves.add(leaf);
            merkle.append(Rfc6962.leafHash(leaf));
        }
        Note note = Checkpoint.of(ORIGIN, 7, merkle.rootHash()).sign(log, witness);
        String receipt = TlogProof.of(merkle.prover().inclusionProof(3, 7), note, null).format();
        Path receiptFile = Files.writeString(dir.resolve("r.tlog-proof"), receipt);
        Path leaf = Files.write(dir.resolve("leaf.json"), leaves.get(3));
        Path other = Files.write(dir.resolve("other.json"), leaves.get(4));
        String[] common = {"--origin", ORIGIN, "--log-key", log.verifier().verifierKey().encode(),
                "--witness-key", witness.verifier().verifierKey().encode(), "--receipt", receiptFile.toString()};

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyReceipt.run(with(common, "--leaf", leaf.toString()), new PrintStream(out))).isZero();
        assertThat(out.toString()).startsWith("OK: the leaf is entry 3");
        assertThat(VerifyReceipt.run(with(common, "--leaf", other.toString()), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
        assertThat(VerifyReceipt.run(new String[] {"--leaf"}, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private static String[] with(String[] common, String... more) {
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

}
