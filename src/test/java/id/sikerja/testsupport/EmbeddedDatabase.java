package id.sikerja.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 17 from the zonky jar (no apt, works as root), for the run command and the
 * in-container tests. Creates the sikerja role and database if missing. Skipped when something
 * already listens on the port (a PostgreSQL the developer runs).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "sikerja";
    public static final String PASSWORD = "sikerja";

    private final EmbeddedPostgres postgres;
    private final int port;
    private File dataDir;
    private List<String> serverOptions = List.of();

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * The run command's database: an existing cluster in {@code dataDir} is kept, and every commit
     * acknowledged to a user is on disk before the answer. The embedded jar's defaults are for tests
     * ({@code -F}, i.e. fsync off, and synchronous_commit off); a power cut would lose or corrupt real
     * data with them (PostgreSQL 17 documentation, 19.5.1 "fsync", "synchronous_commit"; 28.1
     * "Reliability"). {@code -c fsync=on} follows the jar's {@code -F} on the command line and wins.
     */
    public static EmbeddedDatabase durable(int port, File dataDir, String database) {
        return start(port, dataDir, true, database, true);
    }

    /** A fresh cluster for a test run, wiped at start, with the jar's fast settings (no fsync). */
    public static EmbeddedDatabase forTests(int port, File dataDir, String database) {
        return start(port, dataDir, false, database, false);
    }

    private static EmbeddedDatabase start(int port, File dataDir, boolean keepData, String database, boolean durable) {
        if (listening(port)) {
            return new EmbeddedDatabase(null, port);
        }
        try {
            dataDir.getParentFile().mkdirs();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "100");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres pg = builder.start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg, port);
            db.dataDir = dataDir;
            db.serverOptions = durable
                    ? List.of("-p", String.valueOf(port), "-c", "max_connections=100", "-c", "fsync=on",
                            "-c", "synchronous_commit=on", "-c", "full_page_writes=on")
                    : List.of("-p", String.valueOf(port), "-F", "-c", "max_connections=100");
            db.ensureDatabase(database);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureDatabase(String database) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'");
            if (!rs.next()) {
                s.execute("create role " + USER + " login password '" + PASSWORD + "' createdb");
            }
            rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                s.execute("create database " + database + " owner " + USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + database, e);
        }
    }

    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    public boolean embedded() {
        return postgres != null;
    }

    /**
     * Stops PostgreSQL (fast shutdown: open connections are cut, as in a crash of the database server)
     * while keeping its data, for failure tests; {@link #restart()} brings it back. Runs the jar's pg_ctl
     * the way the jar does (in a user namespace when the tests run as root, which pg_ctl refuses).
     */
    public void stop() {
        pgCtl(List.of("-D", dataDir.getPath(), "stop", "-m", "fast", "-w", "-t", "30"));
    }

    /** Starts PostgreSQL again after {@link #stop()}, on the same port and data, with the same settings. */
    public void restart() {
        pgCtl(List.of("-D", dataDir.getPath(), "-o", String.join(" ", serverOptions), "-w", "-t", "60", "start"));
    }

    private void pgCtl(List<String> arguments) {
        if (postgres == null) {
            throw new IllegalStateException("not the embedded database: PostgreSQL on port " + port + " was already running");
        }
        try {
            Field binaries = EmbeddedPostgres.class.getDeclaredField("pgDir");
            binaries.setAccessible(true);
            File pgCtl = new File((File) binaries.get(postgres), "bin/pg_ctl");
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                // as the jar does: pg_ctl refuses to run as root, and inside a user namespace it is not root
                command.addAll(List.of("unshare", "-U"));
            }
            command.add(pgCtl.getPath());
            command.addAll(arguments);
            File log = new File(dataDir.getParentFile(), dataDir.getName() + "-pg_ctl.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments + " failed, see " + log);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the embedded PostgreSQL jar changed: no pgDir", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
