package id.sikerja.benchmark;

import id.sikerja.application.Cascading;
import id.sikerja.application.Inbox;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.PlanningService;
import id.sikerja.application.SkpService;
import id.sikerja.domain.planning.AgreementLine;
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

    @Inject
    PlanningService planning;

    @Inject
    Cascading cascading;

    @Inject
    SkpService skps;

    @Inject
    id.sikerja.application.WorkTeams teams;

    @Inject
    id.sikerja.application.Assignments assignments;

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
                    List.of(), null);
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

    /**
     * The plan stage at scale: the Kabid writes an agreement, cascades it in the matrix to everyone
     * below (which starts all their SKPs in one action), and the screens that list the result.
     */
    @Test
    @Order(4)
    void planning() throws IOException {
        int year = java.time.LocalDate.now().getYear();
        currentUser.runAs("bench.kabid");
        long agreementId = planning.myAgreements().stream().filter(a -> a.year() == year).findFirst()
                .map(PlanningService.AgreementRow::id).orElseGet(() -> planning.startAgreement(year));
        PlanningService.AgreementView agreement = planning.agreement(agreementId);
        if (agreement.objectives().isEmpty()) {
            List<AgreementLine> lines = new ArrayList<>();
            for (int o = 1; o <= 3; o++) {
                List<AgreementLine.IndicatorLine> indicators = new ArrayList<>();
                for (int i = 1; i <= 2; i++) {
                    indicators.add(new AgreementLine.IndicatorLine(null, "Indikator " + o + "." + i,
                            String.valueOf(80 + i), "persen", null));
                }
                lines.add(new AgreementLine("Sasaran " + o, indicators));
            }
            planning.saveAgreement(agreementId, agreement.version(), lines);
            agreement = planning.agreement(agreementId);
        }
        if (agreement.state() == id.sikerja.domain.planning.AgreementState.DRAFT) {
            planning.submitAgreement(agreementId, agreement.version());
            agreement = planning.agreement(agreementId);
        }
        if (agreement.state() == id.sikerja.domain.planning.AgreementState.SUBMITTED) {
            currentUser.runAs("bench.kadis");
            time("agreements to approve, department head", "bench.kadis", () -> planning.agreementsToApprove());
            planning.approveAgreement(agreementId, planning.agreement(agreementId).version());
            currentUser.runAs("bench.kabid");
        }
        time("agreement view, unit head", "bench.kabid", () -> planning.agreement(agreementId));
        time("matrix view (people below x indicators), unit head", "bench.kabid", () -> cascading.matrix(agreementId));

        Cascading.MatrixView matrix = cascading.matrix(agreementId);
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        for (Cascading.MatrixRow row : matrix.rows()) {
            Cascading.MatrixColumn column = matrix.columns().get((int) (row.employeeId() % matrix.columns().size()));
            cells.put(Cascading.MatrixView.key(row.employeeId(), column.indicatorId()),
                    "Hasil kerja " + row.name() + " untuk " + column.text());
        }
        long start = System.nanoTime();
        Cascading.MatrixOutcome outcome = cascading.saveMatrix(agreementId, cells);
        report("save matrix: " + matrix.rows().size() + " people, " + outcome.skpsStarted() + " SKPs started",
                (System.nanoTime() - start) / 1_000_000);

        time("SKPs of appraisees, unit head", "bench.kabid", () -> skps.appraiseeSkps());
        time("planning progress, whole government, admin", "bench.admin", () -> planning.progress(year, null));
        time("people search for a team (autocomplete), unit head", "bench.kabid", () -> teams.searchPeople(benchTeamId(), "an"));
        time("appointable people (autocomplete), unit head", "bench.kabid", () -> assignments.appointable("an"));
        time("home, unit head, with SKPs to approve", "bench.kabid", () -> queries.home());
    }

    private Long benchTeam;

    /** A draft team of the signed-in unit head, formed once, for the people search a team page makes. */
    private long benchTeamId() {
        if (benchTeam == null) {
            id.sikerja.application.WorkTeams.FormOptions o = teams.formOptions();
            java.time.LocalDate start = java.time.LocalDate.now().withDayOfYear(1);
            benchTeam = teams.form(new id.sikerja.application.WorkTeams.TeamData("Tim benchmark", "Pencarian anggota",
                    o.kinds().iterator().next(), o.units().get(0).id(), start, start.plusMonths(11)));
        }
        return benchTeam;
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
