package id.sikerja.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
