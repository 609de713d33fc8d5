package id.sikerja.devserver;

import id.sikerja.infrastructure.seed.GovernmentSeed;
import id.sikerja.infrastructure.seed.SeedParser;
import id.sikerja.testsupport.EmbeddedDatabase;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command: starts PostgreSQL (embedded, data kept in data/pg, unless DB_HOST names
 * an external one), starts the provisioned WildFly with Sikerja deployed and demo data on, waits
 * until the sign-in page answers, and prints the URL and the demo logins. Ctrl-C stops both.
 */
public final class DevServer {

    private static final int EMBEDDED_PORT = Integer.parseInt(System.getenv().getOrDefault("SIKERJA_EMBEDDED_DB_PORT", "55433"));

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        File base = new File(System.getProperty("sikerja.basedir", "."));
        File server = new File(System.getProperty("sikerja.server.dir", new File(base, "target/server").getPath()));
        File war = new File(System.getProperty("sikerja.war", new File(base, "target/sikerja.war").getPath()));

        Map<String, String> env = new HashMap<>(System.getenv());
        EmbeddedDatabase database = null;
        if (System.getenv("DB_HOST") == null) {
            log("Starting embedded PostgreSQL (data in " + new File(base, "data/pg") + ") ...");
            database = startDatabase(EMBEDDED_PORT, new File(base, "data/pg"));
            env.put("DB_HOST", "localhost");
            env.put("DB_PORT", String.valueOf(EMBEDDED_PORT));
            env.put("DB_NAME", "sikerja");
            env.put("DB_USER", EmbeddedDatabase.USER);
            env.put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        } else {
            log("Using the external PostgreSQL at " + System.getenv("DB_HOST"));
        }
        env.putIfAbsent("SIKERJA_DEMO_ENABLED", "true");

        File deployments = new File(server, "standalone/deployments");
        deployments.mkdirs();
        Files.copy(war.toPath(), new File(deployments, "sikerja.war").toPath(), StandardCopyOption.REPLACE_EXISTING);

        File console = new File(server, "standalone/log/console.log");
        console.getParentFile().mkdirs();
        ProcessBuilder pb = new ProcessBuilder(new File(server, "bin/standalone.sh").getPath(), "-b", "0.0.0.0")
                .redirectErrorStream(true).redirectOutput(console);
        pb.environment().putAll(env);
        log("Starting WildFly (log: " + console + ") ...");
        long started = System.nanoTime();
        Process wildfly = pb.start();
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("Stopping Sikerja ...");
            wildfly.descendants().forEach(ProcessHandle::destroy);
            wildfly.destroy();
            try {
                wildfly.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
            // leave no deployment behind for the deployment scanner (tests use the same server)
            File[] left = deployments.listFiles((dir, name) -> name.startsWith("sikerja.war"));
            if (left != null) {
                for (File f : left) {
                    f.delete();
                }
            }
            if (db != null) {
                db.close();
            }
            log("Stopped.");
        }));

        String url = "http://localhost:8080/sikerja/";
        if (!waitFor(url + "login.xhtml", wildfly, 300)) {
            log("Sikerja did not come up; see " + console);
            System.exit(1);
        }
        log(String.format("Sikerja is running after %.1f s: %s", (System.nanoTime() - started) / 1e9, url));
        printLogins();
        log("Press Ctrl-C to stop.");
        wildfly.waitFor();
    }

    /** The run command's embedded PostgreSQL: durable, since it keeps the user's data (see EmbeddedDatabase#durable). */
    static EmbeddedDatabase startDatabase(int port, File dataDir) {
        return EmbeddedDatabase.durable(port, dataDir, "sikerja");
    }

    private static boolean waitFor(String url, Process process, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 2 && process.isAlive(); i++) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void printLogins() {
        String password = System.getenv().getOrDefault("SIKERJA_DEMO_PASSWORD", "sikerja-demo");
        System.out.println();
        System.out.println("Demo logins (password for all: " + password + ")");
        for (String name : SeedParser.BUNDLED) {
            GovernmentSeed seed = SeedParser.bundled(name);
            System.out.println("  " + seed.shortName());
            seed.logins().forEach(l -> System.out.printf("    %-22s %s%n", l.username(), l.label()));
        }
        System.out.println();
    }

    private static void log(String text) {
        System.out.println("[sikerja] " + text);
    }
}
