package id.sikerja.it;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.Inbox;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.OfficialDocument;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared workflow plumbing against the real database: audit trail, inbox, letter numbers, PDF letters. */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withPdfReader(Deployments.withTestClasses(WorkflowIT.class, ItSupport.class));
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Inbox inbox;

    @Inject
    LetterNumbers letterNumbers;

    @Inject
    DocumentRenderer renderer;

    @Inject
    Instance<RequestContextController> requestContexts;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aStepIsRecordedWithItsActorAndSeenOnlyInsideItsGovernment() {
        long subject = System.nanoTime();
        currentUser.runAs("klaten.kabid");
        audit.record(SubjectType.WORK_NEED, subject, "test.submit", null, "SUBMITTED", null);
        audit.record(SubjectType.WORK_NEED, subject, "test.return", "SUBMITTED", "RETURNED", "Target belum terukur");

        List<AuditTrail.Entry> history = audit.history(SubjectType.WORK_NEED, subject);
        assertEquals(2, history.size());
        assertEquals("test.submit", history.get(0).action());
        assertEquals("klaten.kabid", history.get(1).actorUsername());
        assertFalse(history.get(1).actorName().isBlank(), "the actor's name is shown");
        assertEquals("SUBMITTED", history.get(1).fromState());
        assertEquals("RETURNED", history.get(1).toState());
        assertEquals("Target belum terukur", history.get(1).reason());

        currentUser.runAs("kayong.admin");
        assertTrue(audit.history(SubjectType.WORK_NEED, subject).isEmpty(), "another government sees none of it");
    }

    @Test
    void aTaskWaitsInTheAssigneesInboxUntilTheStepIsTaken() {
        long subject = System.nanoTime();
        long employee = ItSupport.employeeOf(em, "klaten.pegawai");
        currentUser.runAs("klaten.pegawai");
        long before = inbox.countMine();

        currentUser.runAs("klaten.kabid");
        inbox.open(employee, SubjectType.WORK_NEED, subject, "test.fix", "Perbaiki uji", "/inbox.xhtml");
        assertTrue(inbox.mine().stream().noneMatch(t -> t.subjectId() == subject), "not in the sender's inbox");
        assertEquals(1, inbox.waitingOn(SubjectType.WORK_NEED, subject).size());
        assertEquals(employee, inbox.waitingOn(SubjectType.WORK_NEED, subject).get(0).assigneeId());

        currentUser.runAs("klaten.pegawai");
        assertEquals(before + 1, inbox.countMine());
        Inbox.Item item = inbox.mine().stream().filter(t -> t.subjectId() == subject).findFirst().orElseThrow();
        assertEquals("test.fix", item.action());
        assertEquals("/inbox.xhtml", item.link());

        inbox.closeAll(SubjectType.WORK_NEED, subject);
        assertEquals(before, inbox.countMine());
        assertTrue(inbox.waitingOn(SubjectType.WORK_NEED, subject).isEmpty());
    }

    @Test
    void nobodyPutsATaskIntoTheInboxOfAnotherGovernmentsEmployee() {
        long kayongEmployee = ItSupport.employeeOf(em, "kayong.pegawai");
        currentUser.runAs("klaten.kabid");
        assertThrows(NotFoundException.class,
                () -> inbox.open(kayongEmployee, SubjectType.WORK_NEED, 1, "test.fix", "x", "/inbox.xhtml"));
        currentUser.runAs("kayong.pegawai");
        assertTrue(inbox.mine().stream().noneMatch(t -> t.subjectType() == SubjectType.WORK_NEED && t.subjectId() == 1));
    }

    @Test
    void simultaneousLetterNumbersNeverRepeat() throws Exception {
        String kind = "T" + (System.nanoTime() % 100000);
        long department = ItSupport.departmentIdOf(em, "klaten.kadis");
        LocalDate date = LocalDate.of(2026, 5, 4);
        int threads = 3;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            numbers.add(executor.submit(as("klaten.kadis", () -> {
                start.await(30, TimeUnit.SECONDS);
                return letterNumbers.next(department, kind, date);
            })));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            distinct.add(number.get(60, TimeUnit.SECONDS));
        }
        assertEquals(threads, distinct.size(), "numbers given: " + distinct);
        String code = (String) em.createNativeQuery("select code from department where id = ?1")
                .setParameter(1, department).getSingleResult();
        for (int seq = 1; seq <= threads; seq++) {
            // Klaten's layout from its policy profile.
            assertTrue(distinct.contains(String.format("800.1/%03d/%s/2026", seq, code)), "missing " + seq + " in " + distinct);
        }
        currentUser.runAs("klaten.kadis");
        assertEquals(String.format("800.1/%03d/%s/2026", threads + 1, code), letterNumbers.next(department, kind, date));
        assertEquals(String.format("800.1/001/%s/2027", code),
                letterNumbers.next(department, kind, LocalDate.of(2027, 1, 2)), "numbering restarts each year");
        assertEquals("800.1/001/2026", letterNumbers.next(null, kind, date), "the government's own counter");
        assertEquals("800.1/002/2026", letterNumbers.next(null, kind, date));
    }

    @Test
    void theAdminContinuesNumberingAfterPaperLettersAndNumbersNeverGoDown() {
        String kind = "P" + (System.nanoTime() % 100000);
        long department = ItSupport.departmentIdOf(em, "pasuruan.kadis");
        LocalDate date = LocalDate.of(2026, 8, 17);
        currentUser.runAs("pasuruan.admin");

        letterNumbers.continueAfter(department, kind, 2026, 137);

        assertTrue(letterNumbers.next(department, kind, date).startsWith("800/138/423."), "continues after 137");
        id.sikerja.domain.shared.BusinessRuleException lower = assertThrows(
                id.sikerja.domain.shared.BusinessRuleException.class,
                () -> letterNumbers.continueAfter(department, kind, 2026, 10));
        assertEquals("letter.counterLower", lower.getMessageKey());
        assertEquals(138, letterNumbers.counters(2026).stream().filter(c -> c.kindCode().equals(kind))
                .findFirst().orElseThrow().lastValue());
        assertEquals("letter.continue", audit.history(SubjectType.LETTER_COUNTER, ItSupport.count(em,
                "select id from letter_sequence where kind = ?1", kind)).get(0).action());

        currentUser.runAs("pasuruan.kadis");
        assertThrows(id.sikerja.domain.shared.AccessDeniedException.class,
                () -> letterNumbers.continueAfter(department, kind, 2026, 500));
        assertThrows(id.sikerja.domain.shared.AccessDeniedException.class, () -> letterNumbers.counters(2026));
        currentUser.runAs("kayong.admin");
        assertThrows(NotFoundException.class, () -> letterNumbers.continueAfter(department, kind, 2026, 500));
        assertTrue(letterNumbers.counters(2026).stream().noneMatch(c -> c.kindCode().equals(kind)));
    }

    @Test
    void anOfficialLetterIsAReadablePdf() throws Exception {
        OfficialDocument doc = new OfficialDocument(List.of("Pemerintah Kota Pasuruan", "Dinas Kesehatan"),
                "SURAT TUGAS", null, "094/001/DINKES/2026",
                List.of(new OfficialDocument.Paragraph("Dasar", "Peraturan Wali Kota tentang Sistem Kerja"),
                        new OfficialDocument.Fields(List.of(new OfficialDocument.Field("Nama", "Siti Rahmawati"),
                                new OfficialDocument.Field("NIP", "19850101 201001 2 001"))),
                        new OfficialDocument.Numbered("Untuk:", List.of("Menyusun laporan capaian kinerja"))),
                "Pasuruan, 4 Mei 2026", new OfficialDocument.Signature("KEPALA DINAS KESEHATAN", "dr. Budi", "Pembina",
                "19700101 199503 1 001"), List.of("Wali Kota Pasuruan"),
                List.of(new OfficialDocument.Annex("LAMPIRAN", List.of(new OfficialDocument.Table(
                        List.of("No", "Nama/NIP", "Tugas"), List.of(List.of("1", "Siti Rahmawati", "Ketua Tim")),
                        null)))));

        byte[] pdf = renderer.pdf(doc);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertEquals(2, read.getNumberOfPages(), "letter and its annex page");
            String text = new PDFTextStripper().getText(read);
            for (String expected : List.of("SURAT TUGAS", "Nomor: 094/001/DINKES/2026", "Siti Rahmawati",
                    "Menyusun laporan capaian kinerja", "KEPALA DINAS KESEHATAN", "Tembusan", "Wali Kota Pasuruan",
                    "Ketua Tim", "PEMERINTAH KOTA PASURUAN")) {
                assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
            }
        }
    }

    private <T> Callable<T> as(String username, Callable<T> work) {
        return ItSupport.inRequestAs(requestContexts, currentUser, username, work);
    }
}
