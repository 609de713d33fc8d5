package id.sikerja.application.internal;

import id.sikerja.domain.planning.AnnexKind;
import id.sikerja.domain.planning.Approach;
import id.sikerja.domain.planning.Aspect;
import id.sikerja.domain.planning.Perspective;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.WorkResultLine;
import id.sikerja.infrastructure.documents.OpenPdfDocumentRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SKP document rendered to PDF and read back: header blocks, the form's table, behaviour, annex. */
class SkpDocumentTest {

    private static final Map<String, String[]> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("BERORIENTASI_PELAYANAN", new String[]{"Berorientasi Pelayanan",
                "Memahami dan memenuhi kebutuhan masyarakat"});
        VALUES.put("AKUNTABEL", new String[]{"Akuntabel", "Tidak menyalahgunakan kewenangan jabatan."});
    }

    private static Skp skp(SkpForm form) {
        return new Skp(1, 30, new Skp.Party("Siti Rahmawati", "198501012010032001", "Penata (III/c)",
                "Administrator Kesehatan Ahli Muda", "Bidang Pelayanan"), 10L,
                new Skp.Party("Budi Santoso", "197502022000031002", "Pembina (IV/a)", "Kepala Bidang", "Bidang Pelayanan"),
                5L, 3L, form, LocalDate.of(2026, 1, 1));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void nonJptSkpShowsBothPartiesLinkedAndUnlinkedResultsBehaviourAndAnnex() throws IOException {
        Skp s = skp(SkpForm.NON_JPT);
        s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, "Terlaksananya pendampingan akreditasi", null,
                Aspect.KUANTITAS, null, "Jumlah puskesmas didampingi", "8", "puskesmas", 70L, null,
                "Persentase puskesmas terakreditasi", null));
        s.addResult(30, new WorkResultLine(ResultCategory.TAMBAHAN, "Tersusunnya laporan bulanan", null,
                Aspect.WAKTU, null, "Ketepatan waktu", "12", "bulan", null, null, null, null));
        s.expectBehaviour(10, Map.of("AKUNTABEL", "Laporan tepat waktu setiap bulan"));
        s.replaceAnnex(30, AnnexKind.RESOURCE, List.of("Kendaraan dinas"));

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        for (String expected : List.of("PEMERINTAH KOTA PASURUAN", "SASARAN KINERJA PEGAWAI", "Siti Rahmawati",
                "198501012010032001", "Budi Santoso", "Terlaksananya pendampingan akreditasi",
                "Persentase puskesmas terakreditasi", "(belum terhubung)", "Berorientasi Pelayanan",
                "Laporan tepat waktu setiap bulan", "Kendaraan dinas", "1 Januari 2026")) {
            assertTrue(pdf.contains(expected), () -> expected + " missing in: " + pdf);
        }
    }

    @Test
    void jptSkpShowsThePerspective() throws IOException {
        Skp s = skp(SkpForm.JPT);
        s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, "Meningkatnya derajat kesehatan", "Penugasan Walikota",
                null, Perspective.PENERIMA_LAYANAN, "Angka harapan hidup", "72", "tahun", null, null, null, null));

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        assertTrue(pdf.contains("Perspektif") && pdf.contains("Penerima Layanan") && pdf.contains("Penugasan Walikota"),
                pdf);
    }

    @Test
    void aspectsAreNeverBrokenMidWord() throws IOException {
        Skp s = skp(SkpForm.NON_JPT);
        for (Aspect aspect : Aspect.values()) {
            s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, "Hasil " + aspect, null, aspect, null,
                    "Indikator " + aspect, "1", "dokumen", 70L, null, "Indikator pimpinan", null));
        }

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        for (String word : List.of("Kuantitas", "Kualitas", "Waktu", "Biaya")) {
            assertTrue(pdf.contains(" " + word + " "), () -> word + " broken or missing in: " + pdf);
        }
    }

    @Test
    void longUnbrokenTextWrapsInsteadOfBeingCutOff() throws IOException {
        String unbroken = "Terlaksananyapendampinganakreditasipuskesmasdiseluruhwilayahkerjadinaskesehatan2026";
        Skp s = skp(SkpForm.NON_JPT);
        s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, unbroken, null, Aspect.KUANTITAS, null,
                "Jumlah puskesmas didampingi", "8", "puskesmas", 70L, null, "Persentase puskesmas", null));

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        assertTrue(pdf.replace(" ", "").contains(unbroken), () -> "cut off: " + pdf);
    }

    /** PermenPANRB 6/2022 Lampiran: the SKP and its annex are signed by the employee and by the appraiser. */
    @Test
    void theSkpAndItsAnnexAreSignedByBoth() throws IOException {
        Skp s = skp(SkpForm.NON_JPT);
        s.replaceAnnex(30, AnnexKind.RESOURCE, List.of("Kendaraan dinas"));

        byte[] bytes = new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES));

        String all = text(bytes);
        int annexStart = all.indexOf("LAMPIRAN SASARAN KINERJA PEGAWAI");
        assertTrue(annexStart > 0, all);
        for (String part : List.of(all.substring(0, annexStart), all.substring(annexStart))) {
            for (String expected : List.of("Pegawai yang Dinilai", "Pejabat Penilai Kinerja", "Siti Rahmawati",
                    "NIP. 198501012010032001", "Budi Santoso", "NIP. 197502022000031002")) {
                assertTrue(part.contains(expected), () -> expected + " not signed in: " + part);
            }
        }
        assertTrue(all.indexOf("Pegawai yang Dinilai", annexStart) < all.indexOf("Pejabat Penilai Kinerja", annexStart),
                "the employee signs on the left, the appraiser on the right");
    }

    @Test
    void aKualitatifSkpStatesIndicatorAndTargetTogether() throws IOException {
        Skp s = skp(SkpForm.NON_JPT);
        s.chooseApproach(30, Approach.KUALITATIF);
        s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, "Tersusunnya kajian layanan rujukan", null,
                Aspect.KUALITAS, null, "Kajian diterima pimpinan tanpa revisi", "1", "kajian", 70L, null,
                "Indikator pimpinan", null));

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        assertTrue(pdf.contains("Indikator Kinerja Individu dan Target"), pdf);
        assertTrue(pdf.contains("Kajian diterima pimpinan tanpa revisi, target: 1 kajian"), pdf);
        assertFalse(pdf.contains("Indikator Kinerja Individu Target"), () -> "separate target column: " + pdf);
    }

    @Test
    void aKuantitatifSkpKeepsTargetInItsOwnColumn() throws IOException {
        Skp s = skp(SkpForm.NON_JPT);
        s.addResult(30, new WorkResultLine(ResultCategory.UTAMA, "Terlaksananya pendampingan", null,
                Aspect.KUANTITAS, null, "Jumlah puskesmas didampingi", "8", "puskesmas", 70L, null,
                "Persentase puskesmas", null));

        String pdf = text(new OpenPdfDocumentRenderer().pdf(SkpDocument.of(s, "PEMERINTAH KOTA PASURUAN", VALUES)));

        assertTrue(pdf.contains("Indikator Kinerja Individu Target"), pdf);
        assertFalse(pdf.contains(", target:"), pdf);
    }
}
