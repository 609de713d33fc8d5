package id.sikerja.application.internal;

import id.sikerja.application.OfficialDocument;
import id.sikerja.application.OfficialDocument.Field;
import id.sikerja.application.OfficialDocument.Fields;
import id.sikerja.application.OfficialDocument.Numbered;
import id.sikerja.application.OfficialDocument.Paragraph;
import id.sikerja.application.OfficialDocument.Signature;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.team.LeadNomination;
import id.sikerja.domain.team.NominationOccasion;
import id.sikerja.domain.team.WorkTeam;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Keputusan Sekretaris Daerah tentang rekomendasi (KL Pasal 14 ayat (1) huruf c): the Sekda recommends one of
 * the candidates the department head proposed through the personnel office. In Bahasa Indonesia whatever the
 * reader's screen language, like every official document.
 */
final class NominationDecisions {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private NominationDecisions() {
    }

    /** The decision of a recommended nomination. */
    static OfficialDocument document(LeadNomination n) {
        WorkTeam team = n.getTeam();
        Government government = team.getGovernment();
        String department = team.getOwnerUnit().getDepartment().getName();
        String office = n.getDecisionSignerOffice();
        String group = "Kelompok Kerja " + team.getName();
        String subject = "Rekomendasi Ketua " + group + " pada " + department;
        String occasion = n.getOccasion() == NominationOccasion.VACANCY
                ? "terjadinya kekosongan Ketua " + group : "akhir tahun untuk tahun anggaran "
                + team.getStartDate().getYear();

        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Numbered("Menimbang", List.of(
                "bahwa Kepala " + department + " telah mengusulkan calon Ketua " + group + " melalui Perangkat "
                        + "Daerah yang membidangi kepegawaian dalam rangka " + occasion + ";",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a, perlu menetapkan Keputusan "
                        + capitalised(office) + " tentang " + subject + ";")));
        blocks.add(new Numbered("Mengingat", List.of(government.getRegulation() + ".")));
        blocks.add(new Paragraph(null, "MEMUTUSKAN:"));
        Employee chosen = n.getRecommended();
        List<String> proposed = n.getCandidates().stream().map(c -> c.getName() + position(c, n)).toList();
        blocks.add(new Fields(List.of(
                new Field("Menetapkan", "Keputusan " + capitalised(office) + " tentang " + subject + "."),
                new Field("KESATU", "Merekomendasikan " + chosen.getName()
                        + (chosen.getNip() == null ? "" : ", NIP " + chosen.getNip().formatted()) + position(chosen, n)
                        + ", sebagai Ketua " + group + " di lingkungan " + department + " untuk masa "
                        + LONG_DATE.format(team.getStartDate()) + " sampai dengan "
                        + LONG_DATE.format(team.getEndDate())
                        + ", dari calon yang diusulkan: " + String.join("; ", proposed) + "."),
                new Field("KEDUA", "Kepala " + department + " selaku pemilik kinerja menetapkan Keputusan tentang "
                        + "Kelompok Kerja dimaksud setelah mendapat rekomendasi ini."),
                new Field("KETIGA", "Keputusan ini berlaku pada tanggal ditetapkan."))));
        if (n.getReason() != null) {
            blocks.add(new Paragraph("Catatan", n.getReason()));
        }
        return new OfficialDocument(List.of(government.getName().toUpperCase(INDONESIAN)), "KEPUTUSAN " + office,
                "TENTANG\n" + subject.toUpperCase(INDONESIAN), "NOMOR " + n.getDecisionNumber(), blocks,
                "Ditetapkan di " + government.letterPlace() + "\npada tanggal " + LONG_DATE.format(n.getDecisionDate()),
                new Signature(office + ",", n.getDecisionSignerName(), null,
                        n.getDecisionSignerNip() == null ? null : "NIP. " + n.getDecisionSignerNip()),
                List.of(), List.of());
    }

    private static String position(Employee e, LeadNomination n) {
        return e.placementOn(n.getDecisionDate()).map(Placement::getPosition).map(p -> ", " + p.getTitle()).orElse("");
    }

    private static String capitalised(String upper) {
        return java.util.Arrays.stream(upper.toLowerCase(INDONESIAN).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
