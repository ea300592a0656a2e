package org.datadeed.ledger.service.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;

import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.tlog.Ed25519Cosigner;

/**
 * The two signing keys: the log's (it signs checkpoints) and the regulator witness's (it cosigns them). Kept as
 * C2SP signer-key files in the key directory, created with mode 600 at first start; never in the repository. Without
 * a key directory (tests) the keys live only as long as the process. The witness key beside the log key is a
 * development convenience: in production the regulator runs its witness with its own key, elsewhere.
 */
public record LogKeys(Ed25519NoteSigner log, Ed25519Cosigner witness) {

    public static LogKeys load(Path directory, String logName, String witnessName, Clock clock) {
        SecureRandom random = new SecureRandom();
        if (directory == null) {
            return new LogKeys(Ed25519NoteSigner.generate(logName, random), Ed25519Cosigner.generate(witnessName, random, clock));
        }
        Path logFile = directory.resolve("ledger-log.key");
        Path witnessFile = directory.resolve("regulator-witness.key");
        Ed25519NoteSigner log = Files.exists(logFile) ? Ed25519NoteSigner.fromSignerKey(read(logFile))
                : write(logFile, Ed25519NoteSigner.generate(logName, random));
        Ed25519Cosigner witness = Files.exists(witnessFile) ? Ed25519Cosigner.fromSignerKey(read(witnessFile), clock)
                : write(witnessFile, Ed25519Cosigner.generate(witnessName, random, clock));
        return new LogKeys(log, witness);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T write(Path file, T signer) {
        String key = signer instanceof Ed25519NoteSigner s ? s.signerKey() : ((Ed25519Cosigner) signer).signerKey();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, key + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signer;
    }
}
