package org.datadeed.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it listens on.
 *
 * @param home the data folder: PostgreSQL's data, the token-signing key, the generated credentials, demo files
 * @param ports port overrides by component name ({@code postgres}, {@code auth}, {@code registry}, ...); a
 *              component not named here listens on its standard port
 * @param seedDemoData whether to seed the demo registrations (once per data folder)
 */
public record LocalSettings(Path home, Map<String, Integer> ports, boolean seedDemoData) {

    public static final String HOME_PROPERTY = "datadeed.home";
    public static final String HOME_VARIABLE = "DATADEED_HOME";
    public static final String DATA_FOLDER = ".datadeed";

    public LocalSettings {
        home = home.toAbsolutePath().normalize();
        ports = Map.copyOf(ports);
    }

    /**
     * The settings of {@code java -jar datadeed-local.jar}: the data folder from {@code -Ddatadeed.home}, else from
     * {@code DATADEED_HOME}, else {@code .datadeed/} in the repository root; standard ports.
     */
    public static LocalSettings standard() {
        return new LocalSettings(resolveHome(System.getProperty(HOME_PROPERTY), System.getenv(HOME_VARIABLE),
                Path.of("").toAbsolutePath(), System.getProperty("java.class.path", "")), Map.of(), true);
    }

    static Path resolveHome(String property, String variable, Path workingDirectory, String classPath) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        Path root = repositoryRoot(workingDirectory);
        if (root == null && !classPath.isBlank() && !classPath.contains(java.io.File.pathSeparator)) {
            // java -jar <repo>/deploy/local/target/datadeed-local.jar started from elsewhere
            root = repositoryRoot(Path.of(classPath).toAbsolutePath().getParent());
        }
        return (root == null ? workingDirectory : root).resolve(DATA_FOLDER);
    }

    /** The nearest folder at or above {@code start} that holds the DataDeed reactor (mvnw and deploy/local). */
    static Path repositoryRoot(Path start) {
        for (Path dir = start == null ? null : start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("deploy/local/pom.xml"))) {
                return dir;
            }
        }
        return null;
    }

    /** The port of a component: its override, else its standard port. */
    public int port(String component, int standardPort) {
        return ports.getOrDefault(component, standardPort);
    }

    /** The base URL of a component listening on localhost. */
    public String baseUrl(String component, int standardPort) {
        return "http://localhost:" + port(component, standardPort);
    }

    public Path postgresData() {
        return home.resolve("postgres");
    }

    public Path signingKey() {
        return home.resolve("keys").resolve("jwk.json");
    }

    /** Where the ledger keeps its log key and the regulator witness's key. */
    public Path ledgerKeys() {
        return home.resolve("keys").resolve("ledger");
    }

    public Path credentialsFile() {
        return home.resolve("credentials.properties");
    }

    public Path demoFiles() {
        return home.resolve("demo");
    }

    public Path seededMarker() {
        return home.resolve("demo").resolve("seeded");
    }
}
