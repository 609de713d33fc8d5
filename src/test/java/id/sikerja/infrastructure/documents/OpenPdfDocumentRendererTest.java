package id.sikerja.infrastructure.documents;

import id.sikerja.application.OfficialDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenPdfDocumentRendererTest {

    private final OpenPdfDocumentRenderer renderer = new OpenPdfDocumentRenderer();

    static OfficialDocument suratTugas(int annexRows) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= annexRows; i++) {
            rows.add(List.of(Integer.toString(i), "Anggota", "Pegawai Ke-" + i + " / 19850101 201001 1 00" + (i % 10),
                    "Pranata Komputer Ahli Pertama", "Menyusun data", "Data tersedia", "Persentase data", "100%"));
        }
        return new OfficialDocument(List.of("Pemerintah Kota Pasuruan", "Dinas Kesehatan",
                "Jl. Soekarno Hatta No. 1, Pasuruan"), "SURAT TUGAS", null, "094/003/DINKES/2026",
                List.of(new OfficialDocument.Paragraph("Dasar", "Peraturan Wali Kota Pasuruan tentang Sistem Kerja."),
                        new OfficialDocument.Paragraph(null, "MENUGASKAN:"),
                        new OfficialDocument.Fields(List.of(new OfficialDocument.Field("Nama", "Siti Rahmawati, S.Kom"),
                                new OfficialDocument.Field("NIP", "19850101 201001 2 001"),
                                new OfficialDocument.Field("Jabatan", "Pranata Komputer Ahli Muda"))),
                        new OfficialDocument.Numbered("Untuk:", List.of("Menyusun laporan capaian kinerja triwulan.",
                                "Melaporkan hasil kepada Kepala Dinas."))),
                "Pasuruan, 4 Mei 2026", new OfficialDocument.Signature("KEPALA DINAS KESEHATAN", "dr. Budi Santoso",
                "Pembina Tk. I", "19700101 199503 1 001"), List.of("Wali Kota Pasuruan", "Sekretaris Daerah"),
                annexRows == 0 ? List.of() : List.of(new OfficialDocument.Annex("LAMPIRAN KEPUTUSAN",
                        List.of(new OfficialDocument.Table(List.of("No", "Susunan Tim Kerja", "Nama/NIP", "Jabatan",
                                "Tugas", "Sasaran Kinerja", "Indikator Kinerja", "Target Kinerja"), rows,
                                new float[]{0.5f, 1.5f, 2.5f, 2, 2, 2, 2, 1})))));
    }

    @Test
    void aLetterCarriesEveryPartOfTheTemplate() throws IOException {
        byte[] pdf = renderer.pdf(suratTugas(0));

        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sample-surat-tugas.pdf"), pdf);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertEquals(1, read.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(read);
            List<String> inOrder = List.of("PEMERINTAH KOTA PASURUAN", "DINAS KESEHATAN", "SURAT TUGAS",
                    "Nomor: 094/003/DINKES/2026", "Dasar", "MENUGASKAN", "Siti Rahmawati", "Untuk:",
                    "Menyusun laporan capaian kinerja", "Pasuruan, 4 Mei 2026", "KEPALA DINAS KESEHATAN",
                    "dr. Budi Santoso", "NIP. 19700101 199503 1 001", "Tembusan:", "Sekretaris Daerah");
            for (String part : inOrder) {
                assertTrue(text.contains(part), () -> "'" + part + "' missing in:\n" + text);
            }
            assertTrue(text.indexOf("SURAT TUGAS") < text.indexOf("Nomor:"), "title above the number");
        }
    }

    @Test
    void aLongAnnexTableRunsOverLandscapePagesWithItsHeaderRepeated() throws IOException {
        byte[] pdf = renderer.pdf(suratTugas(60));

        Files.write(Path.of("target", "sample-keputusan-lampiran.pdf"), pdf);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertTrue(read.getNumberOfPages() >= 3, "letter plus a multi-page annex");
            var last = read.getPage(read.getNumberOfPages() - 1);
            boolean turned = last.getRotation() % 180 != 0;
            assertTrue(last.getMediaBox().getWidth() > last.getMediaBox().getHeight() != turned,
                    "annex pages are landscape");
            var first = read.getPage(0);
            assertTrue(first.getMediaBox().getWidth() < first.getMediaBox().getHeight() == (first.getRotation() % 180 == 0),
                    "the letter itself is portrait");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(read.getNumberOfPages());
            stripper.setEndPage(read.getNumberOfPages());
            String lastPage = stripper.getText(read);
            assertTrue(lastPage.contains("Nama/NIP") && lastPage.contains("Indikator Kinerja"), "the header row repeats on each page");
            assertTrue(lastPage.contains("Pegawai Ke-60"), lastPage);
        }
    }
}
