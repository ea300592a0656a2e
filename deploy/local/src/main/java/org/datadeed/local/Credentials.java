package org.datadeed.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo users' passwords and the clients' secrets of one data folder: random at first start, kept in a
 * properties file only its owner can read (mode 600), and reused on every later start. Nothing secret is in the
 * repository.
 */
public final class Credentials {

    private static final Logger log = LoggerFactory.getLogger(Credentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final TreeMap<String, String> values;

    private Credentials(Path file, TreeMap<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * Reads the file and generates a secret for every key it does not hold yet (all of them at first start),
     * writing the file back only when something was generated.
     */
    public static Credentials loadOrCreate(Path file, Collection<String> keys) throws IOException {
        TreeMap<String, String> values = new TreeMap<>();
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(reader);
            }
            stored.stringPropertyNames().forEach(key -> values.put(key, stored.getProperty(key)));
            restrict(file);
        }
        List<String> generated = new ArrayList<>();
        for (String key : keys) {
            if (values.get(key) == null || values.get(key).isBlank()) {
                values.put(key, generate());
                generated.add(key);
            }
        }
        Credentials credentials = new Credentials(file, values);
        if (!generated.isEmpty()) {
            credentials.write();
            log.info("Generated {} password(s) and secret(s) into {}", generated.size(), file);
        }
        return credentials;
    }

    /** 144 random bits, URL-safe: no character needs quoting in a shell, a URL or a properties file. */
    static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No credential " + key + " in " + file);
        }
        return value;
    }

    public Path file() {
        return file;
    }

    private void write() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder()
                .append("# DataDeed local stack: demo user passwords and OAuth2 client secrets.\n")
                .append("# Generated at first start and reused after; delete a line to get a new value at next start.\n")
                .append("# Local use only. Never commit or share this file.\n");
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path temp = posix()
                ? Files.createTempFile(dir, "credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "credentials", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        restrict(file);
    }

    private static void restrict(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
