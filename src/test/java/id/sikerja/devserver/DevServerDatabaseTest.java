package id.sikerja.devserver;

import id.sikerja.testsupport.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The run command keeps real data in data/pg: its PostgreSQL writes every acknowledged commit to disk.
 * The test database may skip that for speed. Both started exactly as the run command and the tests start
 * them, then asked with {@code SHOW}.
 */
class DevServerDatabaseTest {

    @Test
    void theRunCommandsDatabaseIsDurable(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedDatabase db = DevServer.startDatabase(port, dir.resolve("pg").toFile())) {
            assertEquals("on", show(port, "fsync"));
            assertEquals("on", show(port, "synchronous_commit"));
            assertEquals("on", show(port, "full_page_writes"));
        }
    }

    @Test
    void theTestDatabaseKeepsTheFastSettings(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.forTests(port, dir.resolve("pg").toFile(), "sikerja")) {
            assertEquals("off", show(port, "fsync"));
            assertEquals("off", show(port, "synchronous_commit"));
        }
    }

    private static String show(int port, String setting) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/sikerja",
                EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
