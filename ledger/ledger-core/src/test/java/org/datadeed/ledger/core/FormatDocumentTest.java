package org.datadeed.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;
import org.datadeed.ledger.core.tlog.TlogProofVerifier;
import org.datadeed.ledger.core.tlog.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the worked example of {@code ledger/FORMAT.md} true: every value printed there is recomputed here
 * and must appear verbatim in the document. (A regenerated copy of the values is written to
 * {@code target/format-example.txt}.)
 */
class FormatDocumentTest {

    private static final FormatExample EXAMPLE = new FormatExample();
    private static String document;

    @BeforeAll
    static void readDocumentAndWriteFreshValues() throws IOException {
        Path doc = Path.of(System.getProperty("datadeed.ledger.formatDoc", "../FORMAT.md"));
        document = Files.readString(doc, StandardCharsets.UTF_8);
        StringBuilder fresh = new StringBuilder();
        EXAMPLE.values().forEach((label, value) -> fresh.append("## ").append(label).append("\n\n")
                .append(value).append("\n\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "format-example.txt"), fresh, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleValueAppearsVerbatimInFormatMd() {
        return EXAMPLE.values().entrySet().stream().map((Map.Entry<String, String> e) ->
                DynamicTest.dynamicTest(e.getKey(), () -> assertThat(document).contains(e.getValue())));
    }

    @Test
    void exampleReceiptVerifiesOfflineWithThePublishedKeys() {
        TlogProofVerifier verifier = new TlogProofVerifier(new CheckpointPolicy(FormatExample.ORIGIN,
                EXAMPLE.logKey.verifier(), List.of(EXAMPLE.witnessKey.verifier()), 1));
        assertThat(verifier.verify(EXAMPLE.leaves.get(1).canonicalBytes(), EXAMPLE.receipt.format()).ok()).isTrue();
    }

    @Test
    void exampleReceiptVerifiesWithTheVerifierKeysPrintedInFormatMd() {
        CheckpointPolicy policy = CheckpointPolicy.fromVerifierKeys(FormatExample.ORIGIN,
                "datadeed.example/ledger+a242fd5e+ATQhhIlyCyoqI/pRAP0GF9B3sjDHGHRBE+3374n/cIi/",
                List.of("regulator.example/witness+39255019+BH8/kSQl0k3TCYMyGo91YKzEVl9CodXTS5MV1y6Bad3B"), 1);
        String receipt = document.substring(document.lastIndexOf("c2sp.org/tlog-proof@v1\n"));
        receipt = receipt.substring(0, receipt.indexOf("```"));
        Verdict verdict = new TlogProofVerifier(policy).verify(EXAMPLE.leaves.get(1).canonicalBytes(), receipt);
        assertThat(verdict.ok()).as(verdict.detail()).isTrue();
    }

    @Test
    void exampleConsistencyProofVerifies() {
        assertThatCode(() -> MerkleVerifier.verifyConsistency(2, 3, EXAMPLE.consistency2to3.path(),
                EXAMPLE.root2, EXAMPLE.root3)).doesNotThrowAnyException();
    }
}
