package id.sikerja.application.internal;

import id.sikerja.application.OfficialDocument;
import id.sikerja.application.OfficialDocument.Block;
import id.sikerja.application.OfficialDocument.Field;
import id.sikerja.application.OfficialDocument.Fields;
import id.sikerja.application.OfficialDocument.Numbered;
import id.sikerja.application.OfficialDocument.Paragraph;
import id.sikerja.application.OfficialDocument.Table;
import id.sikerja.domain.planning.AnnexItem;
import id.sikerja.domain.planning.AnnexKind;
import id.sikerja.domain.planning.BehaviourExpectation;
import id.sikerja.domain.planning.ResultCategory;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.WorkResult;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SKP as the official document (SKP.md "The SKP document"): the employee and appraiser blocks,
 * the period, the results table of the JPT or non-JPT form (rows A. UTAMA and B. TAMBAHAN), the
 * BerAKHLAK behaviour with the superior's expectations, and the annex (Lampiran SKP) with its three
 * lists. Official documents are always in Bahasa Indonesia, whatever the reader's language.
 */
final class SkpDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private SkpDocument() {
    }

    static OfficialDocument of(Skp s, String government, Map<String, String[]> values) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("PEGAWAI YANG DINILAI", null));
        blocks.add(party(s.getEmployee()));
        blocks.add(new Paragraph("PEJABAT PENILAI KINERJA", null));
        blocks.add(party(s.getAppraiser()));
        blocks.add(new Paragraph("HASIL KERJA", "Pendekatan " + s.getApproach().name().toLowerCase(Locale.ROOT)));
        blocks.add(s.getForm() == SkpForm.JPT ? jptTable(s) : nonJptTable(s));
        List<List<String>> behaviour = new ArrayList<>();
        int n = 1;
        for (BehaviourExpectation b : s.getBehaviours()) {
            String[] v = values.getOrDefault(b.getValueCode(), new String[]{b.getValueCode(), ""});
            behaviour.add(List.of(Integer.toString(n++), v[0], v[1], nz(b.getExpectation())));
        }
        blocks.add(new Paragraph("PERILAKU KERJA", null));
        blocks.add(new Table(List.of("No", "Perilaku Kerja", "Panduan", "Ekspektasi Khusus Pimpinan"), behaviour,
                new float[]{1, 4, 10, 8}));
        List<Block> annex = new ArrayList<>();
        annex.add(new Numbered("DUKUNGAN SUMBER DAYA", lines(s, AnnexKind.RESOURCE)));
        annex.add(new Numbered("SKEMA PERTANGGUNGJAWABAN", lines(s, AnnexKind.ACCOUNTABILITY)));
        annex.add(new Numbered("KONSEKUENSI", lines(s, AnnexKind.CONSEQUENCE)));
        Skp.Party appraiser = s.getAppraiser();
        return new OfficialDocument(List.of(government), "SASARAN KINERJA PEGAWAI",
                "PERIODE: " + DATE.format(s.getPeriodStart()) + " s.d. " + DATE.format(s.getPeriodEnd()), null,
                blocks, DATE.format(LocalDate.now()),
                new OfficialDocument.Signature("Pejabat Penilai Kinerja", nz(appraiser.name()), appraiser.rank(),
                        appraiser.nip()),
                List.of(), List.of(new OfficialDocument.Annex("LAMPIRAN SASARAN KINERJA PEGAWAI", annex)));
    }

    private static Fields party(Skp.Party p) {
        return new Fields(List.of(new Field("Nama", nz(p.name())), new Field("NIP", nz(p.nip())),
                new Field("Pangkat/Gol. Ruang", nz(p.rank())), new Field("Jabatan", nz(p.position())),
                new Field("Unit Kerja", nz(p.unit()))));
    }

    private static Table nonJptTable(Skp s) {
        List<List<String>> rows = new ArrayList<>();
        for (ResultCategory c : ResultCategory.values()) {
            rows.add(List.of(c == ResultCategory.UTAMA ? "A." : "B.", c.name(), "", "", "", ""));
            int n = 1;
            for (WorkResult r : s.getResults()) {
                if (r.getCategory() == c) {
                    rows.add(List.of(Integer.toString(n++), r.isLinked() ? nz(r.getSupportsText()) : "(belum terhubung)",
                            r.getText(), r.getAspect() == null ? "" : r.getAspect().name(), r.getIndicatorText(),
                            r.getTarget().toString()));
                }
            }
        }
        return new Table(List.of("No", "RHK Pimpinan yang Diintervensi", "Rencana Hasil Kerja", "Aspek",
                "Indikator Kinerja Individu", "Target"), rows, new float[]{1, 6, 6, 2, 6, 3});
    }

    private static Table jptTable(Skp s) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (WorkResult r : s.getResults()) {
            rows.add(List.of(Integer.toString(n++), r.getText() + (r.getOrigin() == null ? "" : " (" + r.getOrigin() + ")"),
                    r.getIndicatorText(), r.getTarget().toString(),
                    r.getPerspective() == null ? "" : r.getPerspective().name().replace('_', ' ')));
        }
        return new Table(List.of("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target", "Perspektif"),
                rows, new float[]{1, 8, 7, 3, 4});
    }

    private static List<String> lines(Skp s, AnnexKind kind) {
        List<String> lines = s.getAnnex().stream().filter(a -> a.getKind() == kind).map(AnnexItem::getText).toList();
        return lines.isEmpty() ? List.of("-") : lines;
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
