package id.sikerja.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.File;

/**
 * Starts the test PostgreSQL once per test run, before Arquillian starts WildFly, when the build
 * asks for it (failsafe sets sikerja.test.db.port). The database is fresh for every run: Flyway
 * migrates it from empty when the application first deploys.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    /** Static so that failure tests in this JVM can stop and restart it ({@link #current()}). */
    private static volatile EmbeddedDatabase database;

    /** The test run's database, or null outside a failsafe run. */
    public static EmbeddedDatabase current() {
        return database;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("sikerja.test.db.port");
        if (port != null && database == null) {
            File dir = new File(System.getProperty("sikerja.build.dir", "target"), "test-pg");
            database = EmbeddedDatabase.forTests(Integer.parseInt(port), dir, "sikerja");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
