package org.datadeed.ledger.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.ledger.core.note.Ed25519NoteVerifier;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;
import org.datadeed.ledger.core.tlog.CosignatureVerifier;
import org.datadeed.ledger.core.tlog.TlogProofVerifier;
import org.datadeed.ledger.core.tlog.Verdict;

/**
 * Verifies a DataDeed receipt offline, with nothing but this jar and the published keys:
 * <pre>
 * java -cp ledger-core.jar org.datadeed.ledger.core.cli.VerifyReceipt \
 *     --origin datadeed.local/ledger --log-key 'datadeed.local/ledger+…' \
 *     [--witness-key 'datadeed.local/regulator-witness+…'] --leaf leaf.json --receipt event.tlog-proof
 * </pre>
 * Exit status 0 when the leaf is in the log under a checkpoint signed by the log key (and cosigned by every given
 * witness key), 1 when it is not, 2 on bad usage. This is a command-line tool: its answer goes to standard output.
 */
public final class VerifyReceipt {

    private VerifyReceipt() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        String origin = null;
        String logKey = null;
        List<String> witnessKeys = new ArrayList<>();
        Path leaf = null;
        Path receipt = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--origin" -> origin = args[i + 1];
                case "--log-key" -> logKey = args[i + 1];
                case "--witness-key" -> witnessKeys.add(args[i + 1]);
                case "--leaf" -> leaf = Path.of(args[i + 1]);
                case "--receipt" -> receipt = Path.of(args[i + 1]);
                default -> {
                    return usage(out, "unknown option " + args[i]);
                }
            }
        }
        if (origin == null || logKey == null || leaf == null || receipt == null || args.length % 2 != 0) {
            return usage(out, "missing option");
        }
        try {
            CheckpointPolicy policy = CheckpointPolicy.logOnly(origin, Ed25519NoteVerifier.parse(logKey))
                    .withWitnesses(witnessKeys.stream().map(CosignatureVerifier::parse).toList(), witnessKeys.size());
            Verdict verdict = new TlogProofVerifier(policy).verify(Files.readAllBytes(leaf), Files.readString(receipt));
            if (verdict.ok()) {
                out.printf("OK: the leaf is entry %d of %s at tree size %d, signed by the log and cosigned by %d witness(es)%n",
                        org.datadeed.ledger.core.tlog.TlogProof.parse(Files.readString(receipt)).index(), origin,
                        verdict.checkpoint().checkpoint().size(), verdict.checkpoint().cosignatures().size());
                return 0;
            }
            out.println("NOT VERIFIED: " + verdict.failure() + " - " + verdict.detail());
            return 1;
        } catch (IOException e) {
            return usage(out, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            out.println("NOT VERIFIED: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: VerifyReceipt --origin ORIGIN --log-key VKEY [--witness-key VKEY]... --leaf FILE --receipt FILE");
        return 2;
    }
}
