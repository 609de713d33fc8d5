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

    /**
     * V16 links an agreement indicator to the superior's indicator only where the owner recorded it: a result of
     * their own running SKP of the year with exactly the indicator's text and target, supporting an indicator
     * of the agreement of the person who signed theirs. Wording alike, two different supported indicators, or
     * a superior who did not sign it leave the indicator unlinked.
     */
    @Test
    void v16BackFillsTheServedIndicatorOnlyWhereTheOwnerRecordedIt() throws SQLException {
        String name = "sikerja_mig_" + Long.toString(System.nanoTime(), 36);
        String url;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            url = c.getMetaData().getURL();
            s.execute("create database " + name + " owner sikerja");
        }
        String scratchUrl = url.substring(0, url.lastIndexOf('/') + 1) + name;
        try {
            Flyway.configure().dataSource(scratchUrl, "sikerja", "sikerja").locations("classpath:db/migration")
                    .target("14").load().migrate();
            long linked;
            long alike;
            long ambiguous;
            long notSignedByTheSuperior;
            long served;
            try (Connection c = DriverManager.getConnection(scratchUrl, "sikerja", "sikerja")) {
                long g = insert(c, "insert into government (code, name, short_name, kind, regional_head_title) "
                        + "values ('MIG', 'Kabupaten Uji', 'Uji', 'KABUPATEN', 'Bupati')");
                long d = insert(c, "insert into department (government_id, code, name, type) values (" + g
                        + ", 'DINKES', 'Dinas Kesehatan', 'DINAS')");
                long u = insert(c, "insert into org_unit (government_id, department_id, code, name, kind, level, path) "
                        + "values (" + g + ", " + d + ", 'DINKES', 'Dinas Kesehatan', 'ORGANISATION_UNIT', 1, '/1/')");
                long kadis = employee(c, g, "Kepala Dinas");
                long kabid = employee(c, g, "Kepala Bidang");
                long other = employee(c, g, "Pejabat Lain");
                long kadisPk = agreement(c, g, d, u, kadis, null);
                long kadisObjective = objective(c, kadisPk);
                served = indicator(c, kadisObjective, 0, "Persentase puskesmas terakreditasi");
                long second = indicator(c, kadisObjective, 1, "Indeks kepuasan masyarakat");
                long kabidPk = agreement(c, g, d, u, kabid, kadis);
                long kabidObjective = objective(c, kabidPk);
                linked = indicator(c, kabidObjective, 0, "Puskesmas didampingi menuju akreditasi");
                alike = indicator(c, kabidObjective, 1, "Rujukan pasien tertangani");
                ambiguous = indicator(c, kabidObjective, 2, "Laporan mutu layanan");
                long otherPk = agreement(c, g, d, u, other, kabid);
                notSignedByTheSuperior = indicator(c, objective(c, otherPk), 0, "Puskesmas didampingi menuju akreditasi");
                long kabidSkp = skp(c, g, d, u, kabid);
                result(c, kabidSkp, 0, "Puskesmas didampingi menuju akreditasi", served);
                result(c, kabidSkp, 1, "rujukan pasien tertangani", served);
                result(c, kabidSkp, 2, "Laporan mutu layanan", served);
                result(c, kabidSkp, 3, "Laporan mutu layanan", second);
                result(c, skp(c, g, d, u, other), 0, "Puskesmas didampingi menuju akreditasi", served);
            }
            Flyway.configure().dataSource(scratchUrl, "sikerja", "sikerja").locations("classpath:db/migration")
                    .load().migrate();
            try (Connection c = DriverManager.getConnection(scratchUrl, "sikerja", "sikerja")) {
                assertEquals(served, servesOf(c, linked), "the owner's own identical result names it");
                assertEquals(null, servesOf(c, alike), "worded alike is not a record");
                assertEquals(null, servesOf(c, ambiguous), "two different supported indicators: not certain");
                assertEquals(null, servesOf(c, notSignedByTheSuperior),
                        "the served indicator's owner did not sign this agreement");
            }
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

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + " returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long employee(Connection c, long g, String name) throws SQLException {
        return insert(c, "insert into employee (government_id, name, sex, status) values (" + g + ", '" + name
                + "', 'MALE', 'PNS')");
    }

    /** An approved agreement of 2026 signed by {@code approver} (null: by nobody recorded). */
    private static long agreement(Connection c, long g, long d, long u, long owner, Long approver) throws SQLException {
        return insert(c, "insert into performance_agreement (government_id, owner_id, unit_id, department_id, year, "
                + "state, owner_name, approver_id, created_at, updated_at) values (" + g + ", " + owner + ", " + u + ", "
                + d + ", 2026, 'APPROVED', 'Pemilik', " + approver + ", now(), now())");
    }

    private static long objective(Connection c, long agreement) throws SQLException {
        return insert(c, "insert into agreement_objective (agreement_id, position, text) values (" + agreement
                + ", 0, 'Meningkatnya mutu layanan')");
    }

    private static long indicator(Connection c, long objective, int position, String text) throws SQLException {
        return insert(c, "insert into agreement_indicator (objective_id, position, text, target_value, target_unit) "
                + "values (" + objective + ", " + position + ", '" + text + "', '8', 'puskesmas')");
    }

    private static long skp(Connection c, long g, long d, long u, long employee) throws SQLException {
        return insert(c, "insert into skp (government_id, employee_id, unit_id, department_id, year, period_start, "
                + "period_end, form, approach, state, employee_name, created_at, updated_at) values (" + g + ", "
                + employee + ", " + u + ", " + d + ", 2026, date '2026-01-01', date '2026-12-31', 'NON_JPT', "
                + "'KUANTITATIF', 'APPROVED', 'Pegawai', now(), now())");
    }

    private static void result(Connection c, long skp, int position, String text, long supports) throws SQLException {
        insert(c, "insert into work_result (skp_id, position, category, text, indicator_text, target_value, "
                + "target_unit, supported_indicator_id) values (" + skp + ", " + position + ", 'UTAMA', '" + text
                + "', 'Jumlah', '8', 'puskesmas', " + supports + ")");
    }

    private static Long servesOf(Connection c, long indicator) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select serves_indicator_id from agreement_indicator where id = " + indicator)) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

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
