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
     * Starts PostgreSQL on {@code port} with its data in {@code dataDir}; {@code keepData} keeps an
     * existing cluster (the run command) instead of wiping it (tests).
     */
    public static EmbeddedDatabase start(int port, File dataDir, boolean keepData, String database) {
        if (listening(port)) {
            return new EmbeddedDatabase(null, port);
        }
        try {
            dataDir.getParentFile().mkdirs();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "100")
                    .start();
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
