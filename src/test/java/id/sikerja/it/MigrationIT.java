package id.sikerja.it;

import id.sikerja.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema is Flyway's: the application migrated its database at deployment, the migrations
 * build a complete schema from an empty database, and that schema is what the entities expect.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    /** Flyway's own connection to the scratch database needs the driver module the datasource uses. */
    private static final String DRIVER_VISIBLE = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="org.postgresql"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(MigrationIT.class, ItSupport.class)
                .addAsWebInfResource(new StringAsset(DRIVER_VISIBLE), "jboss-deployment-structure.xml");
    }

    @Resource(lookup = "java:jboss/datasources/SikerjaDS")
    DataSource dataSource;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void theApplicationDatabaseIsAtVersionOneAppliedSuccessfully() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, success from flyway_schema_history "
                     + "where version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " failed");
                versions.add(rs.getString("version"));
            }
            assertFalse(versions.isEmpty(), "no migration recorded");
            assertEquals("1", versions.get(0));
        }
        // The reference data of V1 is there: 17 PNS ranks and 17 PPPK ranks.
        assertEquals(34, ItSupport.count(em, "select count(*) from rank"));
    }

    @Test
    void allMigrationsApplyToABrandNewEmptyDatabase() throws SQLException {
        String name = "sikerja_mig_" + Long.toString(System.nanoTime(), 36);
        String url;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            url = c.getMetaData().getURL();
            s.execute("create database " + name + " owner sikerja");
        }
        String scratchUrl = url.substring(0, url.lastIndexOf('/') + 1) + name;
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(scratchUrl, "sikerja", "sikerja")
                    .locations("classpath:db/migration")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1, "nothing applied to an empty database");
            try (Connection app = dataSource.getConnection();
                 Connection scratch = DriverManager.getConnection(scratchUrl, "sikerja", "sikerja")) {
                assertEquals(appliedVersions(app), appliedVersions(scratch),
                        "the empty database did not reach the application's schema version");
                assertEquals(tableColumns(app), tableColumns(scratch),
                        "a fresh migration builds a different schema than the application database has");
            }
            // A second run finds nothing to do.
            MigrateResult again = Flyway.configure().dataSource(scratchUrl, "sikerja", "sikerja")
                    .locations("classpath:db/migration").load().migrate();
            assertEquals(0, again.migrationsExecuted);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void theSchemaMatchesTheEntities() {
        SessionFactory sessionFactory = em.getEntityManagerFactory().unwrap(SessionFactory.class);
        assertDoesNotThrow(() -> sessionFactory.getSchemaManager().validateMappedObjects());
    }

    // --- helpers ------------------------------------------------------------------------------

    private static List<String> appliedVersions(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from flyway_schema_history where version is not null "
                     + "and success order by installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** "table.column type(length) nullable" for every column of the public schema except Flyway's table. */
    private static TreeSet<String> tableColumns(Connection c) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name, column_name, data_type, is_nullable, "
                     + "coalesce(character_maximum_length, -1) from information_schema.columns "
                     + "where table_schema = 'public' and table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                out.add((rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + "(" + rs.getInt(5) + ") "
                        + rs.getString(4)).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
