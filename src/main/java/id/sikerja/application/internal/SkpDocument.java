package id.sikerja.application.internal;

import id.sikerja.application.OfficialDocument;
import id.sikerja.application.OfficialDocument.Block;
import id.sikerja.application.OfficialDocument.Field;
import id.sikerja.application.OfficialDocument.Fields;
import id.sikerja.application.OfficialDocument.Numbered;
import id.sikerja.application.OfficialDocument.Paragraph;
import id.sikerja.application.OfficialDocument.Table;
import id.sikerja.domain.planning.AnnexItem;
import id.sikerja.domain.planning.Approach;
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
 * The SKP as the official document (the SKP form of PermenPANRB 6/2022 Lampiran): the employee and appraiser
 * blocks, the period, the results table of the JPT or non-JPT form (rows A. UTAMA and B. TAMBAHAN), the
 * BerAKHLAK behaviour with the superior's expectations, and the annex (Lampiran SKP) with its three lists. The
 * SKP and its annex are each signed by both, "Pegawai yang Dinilai" beside "Pejabat Penilai Kinerja". A
 * kuantitatif SKP prints indicator and target in separate columns; a kualitatif one states them together as one
 * narrative. Official documents are always in Bahasa Indonesia, whatever the reader's language.
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
        return new OfficialDocument(List.of(government), "SASARAN KINERJA PEGAWAI",
                "PERIODE: " + DATE.format(s.getPeriodStart()) + " s.d. " + DATE.format(s.getPeriodEnd()), null,
                blocks, DATE.format(LocalDate.now()), signature("Pejabat Penilai Kinerja", s.getAppraiser()),
                List.of(), List.of(new OfficialDocument.Annex("LAMPIRAN SASARAN KINERJA PEGAWAI", annex, true)),
                signature("Pegawai yang Dinilai", s.getEmployee()));
    }

    private static OfficialDocument.Signature signature(String office, Skp.Party p) {
        return new OfficialDocument.Signature(office, nz(p.name()), p.rank(), p.nip());
    }

    private static Fields party(Skp.Party p) {
        return new Fields(List.of(new Field("Nama", nz(p.name())), new Field("NIP", nz(p.nip())),
                new Field("Pangkat/Gol. Ruang", nz(p.rank())), new Field("Jabatan", nz(p.position())),
                new Field("Unit Kerja", nz(p.unit()))));
    }

    private static Table nonJptTable(Skp s) {
        boolean narrative = s.getApproach() == Approach.KUALITATIF;
        List<List<String>> rows = new ArrayList<>();
        for (ResultCategory c : ResultCategory.values()) {
            rows.add(narrative ? List.of(c == ResultCategory.UTAMA ? "A." : "B.", c.name(), "", "", "")
                    : List.of(c == ResultCategory.UTAMA ? "A." : "B.", c.name(), "", "", "", ""));
            int n = 1;
            for (WorkResult r : s.getResults()) {
                if (r.getCategory() != c) {
                    continue;
                }
                String supports = r.isLinked() ? nz(r.getSupportsText()) : "(belum terhubung)";
                String aspect = r.getAspect() == null ? "" : label(r.getAspect().name());
                rows.add(narrative
                        ? List.of(Integer.toString(n++), supports, r.getText(), aspect, narrative(r))
                        : List.of(Integer.toString(n++), supports, r.getText(), aspect, r.getIndicatorText(),
                        r.getTarget().toString()));
            }
        }
        // "Aspek" is wide enough for "Kuantitas" on one line: a narrower column broke it mid-word
        return narrative
                ? new Table(List.of("No", "RHK Pimpinan yang Diintervensi", "Rencana Hasil Kerja", "Aspek",
                "Indikator Kinerja Individu dan Target"), rows, new float[]{1, 6, 6, 3, 9})
                : new Table(List.of("No", "RHK Pimpinan yang Diintervensi", "Rencana Hasil Kerja", "Aspek",
                "Indikator Kinerja Individu", "Target"), rows, new float[]{1, 6, 6, 3, 6, 3});
    }

    private static Table jptTable(Skp s) {
        boolean narrative = s.getApproach() == Approach.KUALITATIF;
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (WorkResult r : s.getResults()) {
            String result = r.getText() + (r.getOrigin() == null ? "" : " (" + r.getOrigin() + ")");
            String perspective = r.getPerspective() == null ? "" : label(r.getPerspective().name());
            rows.add(narrative ? List.of(Integer.toString(n++), result, narrative(r), perspective)
                    : List.of(Integer.toString(n++), result, r.getIndicatorText(), r.getTarget().toString(), perspective));
        }
        return narrative
                ? new Table(List.of("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu dan Target", "Perspektif"),
                rows, new float[]{1, 8, 10, 4})
                : new Table(List.of("No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target", "Perspektif"),
                rows, new float[]{1, 8, 7, 3, 4});
    }

    /** Indicator and target of a kualitatif SKP, stated together as one narrative. */
    private static String narrative(WorkResult r) {
        String target = r.getTarget().toString();
        return target == null || target.isBlank() ? r.getIndicatorText() : r.getIndicatorText() + ", target: " + target;
    }

    /** KUANTITAS → Kuantitas, PENERIMA_LAYANAN → Penerima Layanan: the form's own words. */
    private static String label(String code) {
        StringBuilder b = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return b.toString();
    }

    private static List<String> lines(Skp s, AnnexKind kind) {
        List<String> lines = s.getAnnex().stream().filter(a -> a.getKind() == kind).map(AnnexItem::getText).toList();
        return lines.isEmpty() ? List.of("-") : lines;
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
