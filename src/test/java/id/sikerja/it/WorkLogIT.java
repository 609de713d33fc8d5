package id.sikerja.it;

import id.sikerja.application.WorkLogs;
import id.sikerja.application.WorkLogs.LogRow;
import id.sikerja.application.WorkLogs.NewLog;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work logs and evidence on the real stack: recorded by the employee, read by the appraiser, a colleague named on
 * it and oversight, refused to others and to other governments; files checked from their bytes, kept in
 * PostgreSQL and streamed back unchanged; concurrent edits refused.
 */
@ExtendWith(ArquillianExtension.class)
class WorkLogIT {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(WorkLogIT.class).addClasses(ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    WorkLogs logs;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    private long record(String text, List<Long> with) {
        return logs.record(new NewLog(LocalDate.now(), text, null, null, new BigDecimal("3"), "berkas", with));
    }

    private static WorkLogs.Upload bytes(byte[] b) {
        return () -> new ByteArrayInputStream(b);
    }

    private long evidenceCount() {
        return ItSupport.count(em, "select count(*) from evidence");
    }

    @Test
    void theEmployeeRecordsWorkWithAPhotoAndThoseConcernedReadIt() throws IOException {
        long colleague = ItSupport.employeeOf(em, "kayong.ketua");
        currentUser.runAs("kayong.pegawai");
        WorkLogs.Choices choices = logs.choices();
        assertFalse(choices.results().isEmpty(), "the demo employee's draft SKP offers its results");
        long resultId = choices.results().get(0).id();
        String text = "Menata arsip surat masuk " + System.nanoTime();
        long id = logs.record(new NewLog(LocalDate.now(), text, resultId, null, new BigDecimal("12"), "berkas",
                List.of(colleague)));
        long file = logs.attach(id, "foto-arsip.png", PNG.length, bytes(PNG));

        LogRow mine = logs.mine().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertEquals(choices.results().get(0).label(), mine.resultText());
        assertEquals(1, mine.evidence().size());
        assertEquals("image/png", mine.evidence().get(0).mediaType());
        assertEquals(HexFormat.of().formatHex(sha256(PNG)), mine.evidence().get(0).sha256());
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        logs.copyEvidence(file, back);
        assertArrayEquals(PNG, back.toByteArray(), "the file comes back as it was given");

        long author = ItSupport.employeeOf(em, "kayong.pegawai");
        for (String reader : List.of("kayong.kasubbag", "kayong.pengawas", "kayong.admin")) {
            currentUser.runAs(reader);
            assertTrue(logs.of(author).stream().anyMatch(r -> r.id() == id), reader + " reads it");
            assertEquals("foto-arsip.png", logs.evidence(file).fileName());
        }
        currentUser.runAs("kayong.ketua");
        assertTrue(logs.mine().stream().anyMatch(r -> r.id() == id && !r.mine()), "the colleague named sees it");
        logs.evidence(file);

        currentUser.runAs("kayong.kabid");
        assertThrows(AccessDeniedException.class, () -> logs.of(author), "a head of another bidang");
        assertThrows(AccessDeniedException.class, () -> logs.evidence(file));
        currentUser.runAs("jombang.admin");
        assertThrows(NotFoundException.class, () -> logs.of(author));
        assertThrows(NotFoundException.class, () -> logs.evidence(file));
        assertThrows(NotFoundException.class, () -> logs.copyEvidence(file, new ByteArrayOutputStream()));
    }

    @Test
    void badFilesAreRefusedWithAReasonAndNothingIsStored() {
        currentUser.runAs("jombang.pegawai");
        long id = record("Menyusun laporan bulanan", List.of());
        long before = evidenceCount();
        assertEquals("evidence.empty", refused(() -> logs.attach(id, "kosong.png", 0, bytes(new byte[0]))));
        assertEquals("evidence.tooLarge", refused(() -> logs.attach(id, "besar.pdf", 6L * 1024 * 1024,
                bytes(PDF))));
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals("evidence.tooLarge", refused(() -> logs.attach(id, "besar.pdf", 100, bytes(big))),
                "the size counted, not the size claimed");
        assertEquals("evidence.disguised", refused(() -> logs.attach(id, "foto.jpg", PDF.length, bytes(PDF))));
        byte[] exe = new byte[600];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("evidence.typeNotAllowed", refused(() -> logs.attach(id, "foto.jpg", exe.length, bytes(exe))));
        assertEquals("evidence.typeNotAllowed", refused(() -> logs.attach(id, "catatan.txt", 5,
                bytes("halo!".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(before, evidenceCount());
        logs.attach(id, "laporan.pdf", PDF.length, bytes(PDF));
        assertEquals(before + 1, evidenceCount());

        currentUser.runAs("jombang.ketua");
        assertThrows(AccessDeniedException.class, () -> logs.attach(id, "laporan.pdf", PDF.length, bytes(PDF)),
                "only the author adds evidence");
    }

    @Test
    void badEntriesAreRefusedAndConcurrentEditsDoNotOverwrite() {
        currentUser.runAs("klaten.pegawai");
        assertEquals("worklog.dateInFuture", refused(() -> logs.record(new NewLog(LocalDate.now().plusDays(1),
                "Besok", null, null, null, null, List.of()))));
        assertEquals("worklog.resultNotOwn", refused(() -> logs.record(new NewLog(LocalDate.now(), "Bukan RHK saya",
                Long.MAX_VALUE, null, null, null, List.of()))));
        assertEquals("worklog.teamNotOwn", refused(() -> logs.record(new NewLog(LocalDate.now(), "Bukan tim saya",
                null, Long.MAX_VALUE, null, null, List.of()))));
        long id = record("Rekap data", List.of());
        int version = logs.mine().stream().filter(r -> r.id() == id).findFirst().orElseThrow().version();
        logs.revise(id, version, new NewLog(LocalDate.now(), "Rekap data triwulan", null, null, null, null, List.of()));
        assertThrows(ConcurrentEditException.class, () -> logs.revise(id, version,
                new NewLog(LocalDate.now(), "Dari tab lama", null, null, null, null, List.of())));
        assertEquals("Rekap data triwulan", logs.mine().stream().filter(r -> r.id() == id).findFirst().orElseThrow()
                .description());
        currentUser.runAs("klaten.kabid");
        assertThrows(AccessDeniedException.class, () -> logs.remove(id, version + 1));
        currentUser.runAs("klaten.pegawai");
        logs.remove(id, version + 1);
        assertTrue(logs.mine().stream().noneMatch(r -> r.id() == id));
    }

    private static String refused(Runnable action) {
        return assertThrows(BusinessRuleException.class, action::run).getMessageKey();
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
