package id.sikerja.application.internal;

import id.sikerja.application.OfficialDocument;
import id.sikerja.application.OfficialDocument.Field;
import id.sikerja.application.OfficialDocument.Fields;
import id.sikerja.application.OfficialDocument.Numbered;
import id.sikerja.application.OfficialDocument.Paragraph;
import id.sikerja.application.OfficialDocument.Signature;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.assignment.SecondmentStep;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.policy.LetterSigner;
import jakarta.enterprise.context.Dependent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The content of the assignment and secondment letters. Official letters are always in Bahasa Indonesia
 * (UU 24/2009 Pasal 33: the language of official communication), whatever the reader's UI language, so
 * their fixed wording lives here and not in the UI bundles. Layouts: Surat Tugas of PS Lampiran II; the
 * request, approval answer and recommendation of the KU Lampiran templates.
 */
@Dependent
public class AssignmentLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final String KIND = "Tenaga Jabatan Fungsional/Pelaksana";

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /**
     * The Surat Tugas / Surat Perintah Tugas / Keputusan in the PS Lampiran II layout. With {@code formOnly}
     * (the government's policy, {@code PolicyProfile#isAssignmentLetterFormOnly}) it holds the form's fields and
     * nothing else: Nama, NIP, Jabatan, and the role under "Diberikan tugas sebagai"; otherwise it also names
     * the rank, whether the work is routine or incidental, and the unit that owns the work.
     */
    OfficialDocument assignmentLetter(Assignment a, boolean formOnly) {
        if (a.getLetterKind() == LetterSigner.DEPARTMENT_HEAD_DECREE) {
            return decree(a);
        }
        Employee e = a.getEmployee();
        Employee signer = a.getSigner();
        OrgUnit signerUnit = unitOf(signer, a.getOwnerUnit());
        String title = switch (a.getLetterKind()) {
            case UNIT_HEAD, PERFORMANCE_OWNER -> "SURAT TUGAS";
            case DEPARTMENT_HEAD_ORDER -> "SURAT PERINTAH TUGAS";
            case DEPARTMENT_HEAD_DECREE -> "KEPUTUSAN " + office(signer).toUpperCase(Locale.ROOT);
        };
        String subtitle = a.getLetterKind() == LetterSigner.DEPARTMENT_HEAD_DECREE
                ? "TENTANG PENUGASAN PEJABAT FUNGSIONAL DAN/ATAU PELAKSANA" : null;
        String letterName = a.getLetterKind() == LetterSigner.DEPARTMENT_HEAD_DECREE ? "Keputusan"
                : a.getLetterKind() == LetterSigner.DEPARTMENT_HEAD_ORDER ? "Surat Perintah Tugas" : "Surat Tugas";
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Numbered("Dasar :", List.of(a.getLegalBasis().split("\\R"))));
        blocks.add(new Paragraph(null, a.getLetterKind() == LetterSigner.DEPARTMENT_HEAD_DECREE ? "MENUGASKAN"
                : "MEMERINTAHKAN"));
        Placement placement = e.placementOn(a.getStartDate()).or(() -> e.placementOn(LocalDate.now())).orElse(null);
        List<Field> person = new ArrayList<>();
        person.add(new Field("Kepada : Nama", e.getName()));
        person.add(new Field("NIP", e.getNip() == null ? "-" : e.getNip().formatted()));
        if (!formOnly) {
            person.add(new Field("Pangkat/Golongan", e.getRank() == null ? "-" : e.getRank().getLabel()));
        }
        person.add(new Field("Jabatan", placement == null ? "-" : placement.getPosition().getTitle()
                + (formOnly ? "" : " pada " + placement.getPosition().getUnit().getName())));
        blocks.add(new Fields(person));
        StringBuilder tasks = new StringBuilder("Adapun uraian tugas sebagaimana dimaksud angka 1 adalah sebagai berikut:");
        char letter = 'a';
        for (String t : a.taskList()) {
            tasks.append("\n").append(letter++).append(". ").append(t);
        }
        String period = "Terhitung Mulai Tanggal " + date(a.getStartDate())
                + (a.getEndDate() == null ? "" : " sampai dengan " + date(a.getEndDate()));
        String role = roleLabel(a.getRole(), a.getRoleDetail(), placement);
        blocks.add(new Numbered("Untuk :", List.of(
                formOnly ? "Diberikan tugas sebagai :\na. " + role + ";"
                        : "Diberikan tugas sebagai " + role + (a.isRoutine() ? " (rutin)" : " (insidental)") + " pada "
                        + a.getOwnerUnit().getName() + ", " + a.getOwnerUnit().getDepartment().getName() + ";",
                tasks.toString(),
                letterName + " ini dilaksanakan " + period + ";",
                "Melaksanakan " + letterName + " ini dengan seksama dan penuh tanggung jawab.")));
        return new OfficialDocument(letterhead(signerUnit), title, subtitle, "NOMOR : " + a.getLetterNumber(), blocks,
                place(signerUnit) + ", " + date(a.getLetterDate()), signature(signer), a.copyList(), List.of());
    }

    /**
     * The assignment as a surat keputusan kepala Perangkat Daerah (KU Pasal 11 ayat (5)), in the form of a decree:
     * Menimbang, Mengingat, MEMUTUSKAN, Menetapkan and the diktum KESATU to KEEMPAT; the request's letters, where the
     * assignment follows one, are among what it remembers (Mengingat).
     */
    OfficialDocument decree(Assignment a) {
        Employee e = a.getEmployee();
        Employee signer = a.getSigner();
        OrgUnit signerUnit = unitOf(signer, a.getOwnerUnit());
        String office = office(signer).toUpperCase(Locale.ROOT);
        String subject = "PENUGASAN PEJABAT FUNGSIONAL DAN/ATAU PELAKSANA";
        String decision = "Keputusan " + TeamDecrees.capitalised(office) + " tentang Penugasan Pejabat Fungsional "
                + "dan/atau Pelaksana";
        Placement placement = e.placementOn(a.getStartDate()).or(() -> e.placementOn(LocalDate.now())).orElse(null);
        String role = roleLabel(a.getRole(), a.getRoleDetail(), placement);
        String work = a.getOwnerUnit().getName() + ", " + a.getOwnerUnit().getDepartment().getName();
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Menimbang", "a. bahwa dalam rangka pelaksanaan kinerja " + work + " perlu menugaskan "
                + "Pejabat Fungsional dan/atau Pelaksana sesuai kompetensinya;\nb. bahwa berdasarkan pertimbangan "
                + "sebagaimana dimaksud dalam huruf a, perlu menetapkan " + decision + ";"));
        List<String> basis = new ArrayList<>(TeamDecrees.LEGAL_BASIS);
        basis.add(signerUnit.getGovernment().getRegulation() + ";");
        for (String line : a.getLegalBasis().split("\\R")) {
            if (!line.isBlank() && basis.stream().noneMatch(b -> b.startsWith(line.strip()))) {
                basis.add(line.strip().replaceAll("[.;]+$", "") + ";");
            }
        }
        int last = basis.size() - 1;
        basis.set(last, basis.get(last).replaceAll(";$", "."));
        blocks.add(new Numbered("Mengingat", basis));
        blocks.add(new Paragraph(null, "MEMUTUSKAN:"));
        StringBuilder tasks = new StringBuilder("Uraian tugas sebagaimana dimaksud dalam diktum KESATU:");
        char letter = 'a';
        for (String t : a.taskList()) {
            tasks.append("\n").append(letter++).append(". ").append(t.replaceAll("[.;]+$", "")).append(";");
        }
        blocks.add(new Fields(List.of(
                new Field("Menetapkan", decision + "."),
                new Field("KESATU", "Menugaskan " + e.getName() + ", NIP " + (e.getNip() == null ? "-" : e.getNip().formatted())
                        + (e.getRank() == null ? "" : ", " + e.getRank().getLabel()) + ", "
                        + (placement == null ? "-" : placement.getPosition().getTitle() + " pada "
                        + placement.getPosition().getUnit().getName()) + ", sebagai " + role
                        + (a.isRoutine() ? " (rutin)" : " (insidental)") + " pada " + work + "."),
                new Field("KEDUA", tasks.toString()),
                new Field("KETIGA", "Penugasan sebagaimana dimaksud dalam diktum KESATU dilaksanakan terhitung mulai "
                        + "tanggal " + date(a.getStartDate()) + (a.getEndDate() == null ? ""
                        : " sampai dengan tanggal " + date(a.getEndDate())) + " dengan seksama dan penuh tanggung jawab."),
                new Field("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."))));
        return new OfficialDocument(letterhead(signerUnit), "KEPUTUSAN " + office, "TENTANG\n" + subject,
                a.getLetterNumber(), blocks, "Ditetapkan di " + place(signerUnit) + "\npada tanggal "
                + date(a.getLetterDate()), signature(signer), a.copyList(), List.of());
    }

    /** PS Lampiran II, "Diberikan tugas sebagai" a-f. */
    static String roleLabel(AssignmentRole role, String detail, Placement placement) {
        String base = switch (role) {
            case TEAM_LEAD -> "Ketua Tim";
            case TEAM_MEMBER -> "Anggota Tim";
            case INDIVIDUAL_FUNCTIONAL -> placement == null ? "Pejabat Fungsional/Pelaksana"
                    : placement.getPosition().getTitle();
            case TREASURER -> "Bendahara";
            case PPTK -> "Pejabat Pelaksana Teknis Kegiatan";
            case OTHER -> "";
        };
        if (detail == null || detail.isBlank()) {
            return base;
        }
        return base.isEmpty() ? detail : base + " " + detail;
    }

    /** The legal basis of assignments that follow a secondment: its letters by number. */
    String secondmentBasis(SecondmentRequest s) {
        List<String> lines = new ArrayList<>();
        lines.add("Surat Permohonan " + KIND + " Nomor " + s.getRequestNumber() + " tanggal " + date(s.getRequestDate()));
        if (s.getRecommendationNumber() != null) {
            lines.add("Surat Rekomendasi Kepala Daerah Nomor " + s.getRecommendationNumber() + " tanggal "
                    + date(s.getRecommendationDate()));
        }
        lines.add("Surat Jawaban Persetujuan " + KIND + " Nomor " + s.getAnswerNumber() + " tanggal "
                + date(s.getAnswerDate()));
        return String.join("\n", lines);
    }

    /** KU Lampiran: Contoh Surat Permohonan Tenaga Jabatan Fungsional dan Pelaksana. */
    OfficialDocument requestLetter(SecondmentRequest s, Employee signer, String addressee, List<String> copies) {
        OrgUnit unit = unitOf(signer, s.getRequestingUnit());
        List<OfficialDocument.Block> blocks = List.of(
                new Fields(List.of(new Field("Sifat", "Penting"), new Field("Lampiran", "-"),
                        new Field("Perihal", "Permohonan " + KIND), new Field("Kepada Yth.", addressee))),
                new Paragraph(null, "Sehubungan akan dilaksanakan kegiatan " + s.getPurpose() + ", mohon kiranya "
                        + addressee + " dapat memberikan bantuan tenaga jabatan fungsional/pelaksana pada "
                        + s.getTargetUnit().getName() + " untuk " + s.getRequestingUnit().getName()
                        + " dengan rincian sebagai berikut:"),
                new Fields(List.of(new Field("Maksud dan tujuan", s.getPurpose()),
                        new Field("Kompetensi/keahlian/keterampilan", s.getCompetences()),
                        new Field("Ekspektasi/Target Kinerja", s.getExpectedTargets()),
                        new Field("Jumlah tenaga", Integer.toString(s.getHeadcount())),
                        new Field("Lama Pelaksanaan Kegiatan", s.getDuration() + " (mulai " + date(s.getStartDate())
                                + (s.getEndDate() == null ? "" : " sampai dengan " + date(s.getEndDate())) + ")"))),
                new Paragraph(null, "Demikian disampaikan. Atas bantuan dan kerja samanya diucapkan terima kasih."));
        return new OfficialDocument(letterhead(unit), "SURAT PERMOHONAN", KIND.toUpperCase(Locale.ROOT),
                "Nomor : " + s.getRequestNumber(), blocks, place(unit) + ", " + date(s.getRequestDate()),
                signature(signer), copies, List.of());
    }

    /**
     * KU Lampiran: Contoh Surat Rekomendasi Kepala Daerah. It recommends on the request: the people are named
     * after it (KU Lampiran I B.a.3)c)-d)), in the answer it is attached to; it is not rewritten with them.
     */
    OfficialDocument recommendationLetter(SecondmentRequest s, Employee regionalHead) {
        OrgUnit unit = unitOf(regionalHead, s.getTargetUnit());
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(null, "Yang bertanda tangan di bawah ini:"));
        blocks.add(new Fields(List.of(new Field("Nama", regionalHead.getName()), new Field("Jabatan", office(regionalHead)))));
        blocks.add(new Paragraph(null, "Dengan ini memberikan rekomendasi/persetujuan tenaga jabatan fungsional/pelaksana "
                + "dari " + s.getTargetUnit().getName() + " (" + s.getTargetUnit().getDepartment().getName()
                + ") untuk melaksanakan kegiatan " + s.getPurpose() + " pada " + s.getRequestingUnit().getName() + " ("
                + s.getRequestingUnit().getDepartment().getName() + "), sebanyak " + s.getHeadcount()
                + " orang dengan kompetensi: " + s.getCompetences() + ", atas Surat Permohonan Nomor "
                + s.getRequestNumber() + "."));
        blocks.add(new Paragraph(null, "Demikian Surat Rekomendasi ini dibuat dengan sebenar-benarnya agar dapat "
                + "dipergunakan sebagaimana mestinya."));
        return new OfficialDocument(List.of(unit.getDepartment().getName()), "SURAT REKOMENDASI", null,
                "Nomor : " + s.getRecommendationNumber(), blocks, place(unit) + ", " + date(s.getRecommendationDate()),
                new Signature(office(regionalHead).toUpperCase(Locale.ROOT) + ",", regionalHead.getName(), null, null),
                List.of(), List.of());
    }

    /** KU Lampiran: Contoh Surat Jawaban Persetujuan Pemberian Tenaga Jabatan Fungsional dan Pelaksana. */
    OfficialDocument answerLetter(SecondmentRequest s, Employee signer, String requestSignerOffice,
                                  List<Employee> nominees, List<String> copies) {
        OrgUnit unit = unitOf(signer, s.getTargetUnit());
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field("Sifat", "Penting"), new Field("Lampiran", "-"),
                new Field("Perihal", "Persetujuan " + KIND), new Field("Kepada Yth.", requestSignerOffice))));
        blocks.add(new Paragraph(null, "Menindaklanjuti Surat " + requestSignerOffice + " Nomor: "
                + s.getRequestNumber() + " tanggal " + date(s.getRequestDate()) + " Perihal Permohonan tenaga jabatan "
                + "fungsional/pelaksana" + (s.getRecommendationNumber() == null ? ""
                : ", dan Surat Rekomendasi Kepala Daerah Nomor: " + s.getRecommendationNumber())
                + ", maka dengan ini memberikan persetujuan tenaga jabatan fungsional/pelaksana dengan rincian sebagai berikut:"));
        blocks.add(nomineeTable(nominees));
        blocks.add(new Fields(List.of(new Field("Kompetensi/keahlian/keterampilan", s.getCompetences()))));
        blocks.add(new Paragraph(null, "Demikian disampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih."));
        return new OfficialDocument(letterhead(unit), "SURAT JAWABAN", "PERSETUJUAN " + KIND.toUpperCase(Locale.ROOT),
                "Nomor : " + s.getAnswerNumber(), blocks, place(unit) + ", " + date(s.getAnswerDate()),
                signature(signer), copies, List.of());
    }

    /**
     * The target side's answer that the request cannot be met, with its reasons (KU Lampiran I B.a.2)d); after the
     * Kepala Daerah's refusal, B.a.3)c)), laid out like the approval answer.
     */
    OfficialDocument refusalLetter(SecondmentRequest s, Employee signer, String requestSignerOffice, List<String> copies) {
        OrgUnit unit = unitOf(signer, s.getTargetUnit());
        List<OfficialDocument.Block> blocks = new ArrayList<>();
        blocks.add(new Fields(List.of(new Field("Sifat", "Penting"), new Field("Lampiran", "-"),
                new Field("Perihal", "Jawaban Permohonan " + KIND), new Field("Kepada Yth.", requestSignerOffice))));
        blocks.add(new Paragraph(null, "Menindaklanjuti Surat " + requestSignerOffice + " Nomor: "
                + s.getRequestNumber() + " tanggal " + date(s.getRequestDate()) + " Perihal Permohonan tenaga jabatan "
                + "fungsional/pelaksana, dengan ini disampaikan bahwa permohonan tersebut tidak dapat kami setujui"
                + (s.getRefusedStep() == SecondmentStep.REGIONAL_HEAD_RECOMMENDATION
                ? ", karena tidak memperoleh rekomendasi Kepala Daerah (" + s.getRefusalReason() + ")" : "")
                + ", dengan alasan sebagai berikut:"));
        blocks.add(new Paragraph(null, s.getRefusalAnswer()));
        blocks.add(new Paragraph(null, "Demikian disampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih."));
        return new OfficialDocument(letterhead(unit), "SURAT JAWABAN", "PERMOHONAN " + KIND.toUpperCase(Locale.ROOT),
                "Nomor : " + s.getAnswerNumber(), blocks, place(unit) + ", " + date(s.getAnswerDate()),
                signature(signer), copies, List.of());
    }

    private static OfficialDocument.Table nomineeTable(List<Employee> nominees) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Employee e : nominees) {
            Placement p = e.placementOn(LocalDate.now()).orElse(null);
            rows.add(List.of(Integer.toString(i++), e.getName(), e.getNip() == null ? "-" : e.getNip().formatted(),
                    e.getRank() == null ? "-" : e.getRank().getLabel(), p == null ? "-" : p.getPosition().getTitle(),
                    p == null ? "-" : p.getPosition().getUnit().getName()));
        }
        return new OfficialDocument.Table(List.of("No", "Nama", "NIP", "Pangkat/Golongan", "Jabatan", "Unit Kerja"),
                rows, new float[]{0.5f, 3, 3, 2.2f, 3, 3});
    }

    private static List<String> letterhead(OrgUnit unit) {
        return List.of(unit.getGovernment().getName(), unit.getDepartment().getName());
    }

    private static String place(OrgUnit unit) {
        return unit.getGovernment().letterPlace();
    }

    private static OrgUnit unitOf(Employee e, OrgUnit fallback) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit()).orElse(fallback);
    }

    private static String office(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getTitle()).orElse("");
    }

    private static Signature signature(Employee e) {
        return new Signature(office(e).toUpperCase(Locale.ROOT) + ",", e.getName(),
                e.getRank() == null ? null : e.getRank().getLabel(),
                e.getNip() == null ? null : "NIP. " + e.getNip().formatted());
    }
}
