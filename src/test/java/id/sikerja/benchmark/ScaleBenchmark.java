package id.sikerja.benchmark;

import id.sikerja.application.Inbox;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.access.PasswordHasher;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.infrastructure.seed.DemoDataWriter;
import id.sikerja.infrastructure.seed.GovernmentSeed;
import id.sikerja.infrastructure.seed.SyntheticGovernment;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timings of the queries people wait for, on a synthetic government of {@value #SIZE} employees
 * (about the largest Kabupaten), inside WildFly against PostgreSQL. Run with {@code mvn -Pbenchmark verify};
 * the numbers go to the log and to {@code target/benchmarks/scale.txt}: median and worst of
 * {@value #ROUNDS} rounds after {@value #WARMUP} warm-up rounds. Not a test: it only fails when the
 * government cannot be loaded.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleBenchmark {

    static final int SIZE = 10_000;
    static final int WARMUP = 3;
    static final int ROUNDS = 10;
    private static final String CODE = "BENCH";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(ScaleBenchmark.class);
    }

    @Inject
    DemoDataWriter writer;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    Inbox inbox;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    @Order(1)
    void loadTheGovernment() throws IOException {
        long exists = em.createQuery("select count(g) from Government g where g.code = :c", Long.class)
                .setParameter("c", CODE).getSingleResult();
        if (exists == 0) {
            GovernmentSeed synthetic = SyntheticGovernment.of(CODE, SIZE, 2026);
            GovernmentSeed seed = new GovernmentSeed(synthetic.code(), synthetic.name(), synthetic.shortName(),
                    synthetic.kind(), synthetic.regionalHeadTitle(), synthetic.regulation(), synthetic.seed(),
                    synthetic.policy(), synthetic.rules(), synthetic.departments(), List.of(
                    new GovernmentSeed.Login("bench.admin", "D1-SEKR-UMUM", "Kepala Subbagian Umum 1",
                            List.of("ADMIN"), "Admin"),
                    new GovernmentSeed.Login("bench.kadis", "D1", "Kepala Dinas 1", List.of(), "Kepala Dinas"),
                    new GovernmentSeed.Login("bench.kabid", "D1-B1", "Kepala Bidang 1 Dinas 1", List.of(), "Kabid")),
                    List.of());
            long start = System.nanoTime();
            int people = writer.write(seed, new HashSet<>(), hasher.hash("bench-password".toCharArray()));
            report("load synthetic government (" + people + " employees)", (System.nanoTime() - start) / 1_000_000);
            assertTrue(people >= SIZE);
        }
    }

    @Test
    @Order(2)
    void homePages() throws IOException {
        time("home, admin (incl. appraisal problem count)", "bench.admin", () -> queries.home());
        time("home, department head", "bench.kadis", () -> queries.home());
        time("home, unit head", "bench.kabid", () -> queries.home());
    }

    @Test
    @Order(3)
    void lists() throws IOException {
        time("appraisal problems, whole government", "bench.admin", () -> queries.appraisalProblems());
        time("employee list, first page of 20, admin", "bench.admin",
                () -> queries.employees(null, 0, 20, "name", true));
        time("employee list, name search, admin", "bench.admin", () -> queries.employees("an", 0, 20, "name", true));
        time("employee list, first page, department head", "bench.kadis",
                () -> queries.employees(null, 0, 20, "name", true));
        time("employee count, department head", "bench.kadis", () -> queries.countEmployees(null));
        time("organisation tree roots", "bench.admin", () -> queries.rootNodes());
        time("inbox count, unit head", "bench.kabid", () -> inbox.countMine());
    }

    private void time(String what, String username, Supplier<?> work) throws IOException {
        currentUser.runAs(username);
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        report(what, millis[ROUNDS / 2], millis[ROUNDS - 1]);
    }

    private static void report(String what, long... millis) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(String.format("%-60s", what));
        parts.add(millis.length == 1 ? millis[0] + " ms" : "median " + millis[0] + " ms, worst " + millis[1] + " ms");
        String line = String.join(" ", parts);
        System.out.println("[benchmark] " + line);
        // Runs inside WildFly, whose home is target/server: the results go beside it.
        Path out = Path.of(System.getProperty("jboss.home.dir", "target/server")).resolveSibling("benchmarks")
                .resolve("scale.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
