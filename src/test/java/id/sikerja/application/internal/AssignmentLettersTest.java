package id.sikerja.application.internal;

import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.infrastructure.documents.OpenPdfDocumentRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Surat Tugas as PS Lampiran II draws it, read back from the PDF: numbered 800/…/423.…/year, signed by the
 * Kepala Dinas (the Pimpinan Unit Organisasi), and without the rank, routine mark and owner unit other
 * governments' letters carry — which they keep.
 */
class AssignmentLettersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private final Government government = Fixtures.government("PASURUAN");
    private final Department health = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
    private final OrgUnit root = OrgUnit.rootOf(health, "DINKES", "Dinas Kesehatan");
    private final OrgUnit field = root.addChild("DINKES-YANKES", "Bidang Pelayanan Kesehatan",
            UnitKind.ORGANISATION_UNIT, null, 2);
    private final Employee kadis = withId(Fixtures.placed("dr. Budi Kadis", new Position(root, "Kepala Dinas Kesehatan",
            PositionClass.JPT_PRATAMA, null, true, 1), DAY.minusYears(2)));
    private final Employee kabid = withId(Fixtures.placed("Rina Kabid", new Position(field,
            "Kepala Bidang Pelayanan Kesehatan", PositionClass.ADMINISTRATOR, null, true, 1), DAY.minusYears(2)));
    private final Employee staff = withId(Fixtures.placed("Siti Pelaksana", new Position(field, "Pengolah Data",
            PositionClass.PELAKSANA, null, false, 1), DAY.minusYears(1)));

    private static <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, (long) System.identityHashCode(entity));
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Kabid assigns, the policy's signer signs with the policy's next number. */
    private String letterText(LetterSigner signerPolicy, String pattern, boolean formOnly) throws IOException {
        PolicyProfile policy = new PolicyProfile(government);
        policy.configurePlanning(false, false, pattern);
        Employee signer = Assignment.signingUnit(signerPolicy, field) == root ? kadis : kabid;
        Assignment a = new Assignment(staff, field, kabid, signer, signerPolicy, AssignmentMode.APPOINTMENT,
                AssignmentRole.INDIVIDUAL_FUNCTIONAL, null, List.of("Mengolah data kinerja bulanan"), true, DAY, null,
                "Perwali Pasuruan 41/2023 Pasal 9 ayat (4)", List.of(), null);
        a.sign(signer.getId(), policy.formatLetterNumber(1, Assignment.letterCode(signerPolicy),
                health.getCode(), DAY), DAY);
        byte[] pdf = new OpenPdfDocumentRenderer().pdf(new AssignmentLetters().assignmentLetter(a, formOnly));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pasuruansSuratTugasKeepsToLampiranII() throws IOException {
        String text = letterText(LetterSigner.PERFORMANCE_OWNER, "800/{seq}/423.{dept}/{year}", true);

        List<String> inOrder = List.of("SURAT TUGAS", "NOMOR : 800/001/423.DINKES/2026", "Dasar", "MEMERINTAHKAN",
                "Siti Pelaksana", "NIP", "Jabatan", "Pengolah Data", "Diberikan tugas sebagai", "a. Pengolah Data",
                "Mengolah data kinerja bulanan", "KEPALA DINAS KESEHATAN,", "dr. Budi Kadis");
        int at = 0;
        for (String part : inOrder) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, () -> "'" + part + "' missing or out of order in:\n" + text);
            at = found + part.length();
        }
        assertFalse(text.contains("Pangkat/Golongan"), text);
        assertFalse(text.contains("(rutin)") || text.contains("(insidental)"), text);
        assertFalse(text.contains("pada Bidang Pelayanan Kesehatan"), text);
        assertFalse(text.contains("Rina Kabid"), "the Kabid gives the work, the Kadis signs: " + text);
    }

    @Test
    void otherGovernmentsLettersKeepTheirRankRoutineMarkAndUnit() throws IOException {
        String text = letterText(LetterSigner.DEPARTMENT_HEAD_ORDER, "800/{seq}/{dept}/{year}", false);

        assertTrue(text.contains("SURAT PERINTAH TUGAS"), text);
        assertTrue(text.contains("NOMOR : 800/001/DINKES/2026"), text);
        assertTrue(text.contains("Pangkat/Golongan"), text);
        assertTrue(text.contains("(rutin) pada Bidang Pelayanan Kesehatan, Dinas Kesehatan"), text);
        assertEquals(1, text.split("dr. Budi Kadis", -1).length - 1, "signed once by the Kadis");
    }

    /** KU Pasal 11 ayat (5): a surat keputusan kepala Perangkat Daerah, laid out as a decree. */
    @Test
    void kayongUtarasAssignmentIsADecreeOfTheDepartmentHead() throws IOException {
        String text = letterText(LetterSigner.DEPARTMENT_HEAD_DECREE, "800/{seq}/{dept}/{year}", false);

        List<String> inOrder = List.of("KEPUTUSAN KEPALA DINAS KESEHATAN", "TENTANG",
                "PENUGASAN PEJABAT FUNGSIONAL DAN/ATAU PELAKSANA", "Nomor: 800/001/DINKES/2026", "Menimbang", "a. bahwa",
                "b. bahwa", "Mengingat", "Peraturan Bupati", "Perwali Pasuruan 41/2023 Pasal 9 ayat (4)", "Menetapkan", "KESATU",
                "Menugaskan Siti Pelaksana", "sebagai Pengolah Data (rutin)", "KEDUA", "a. Mengolah data kinerja bulanan",
                "KETIGA", "4 Mei 2026", "KEEMPAT", "Keputusan ini mulai berlaku", "Ditetapkan di", "dr. Budi Kadis");
        int at = 0;
        for (String part : inOrder) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, () -> "'" + part + "' missing or out of order in:\n" + text);
            at = found + part.length();
        }
        assertFalse(text.contains("MENUGASKAN") || text.contains("Untuk :"), "not a Surat Tugas with a decree's title: " + text);
    }
}
