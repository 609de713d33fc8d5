package id.sikerja.application.internal;

import id.sikerja.application.DocumentRenderer;
import id.sikerja.application.OfficialDocument;
import id.sikerja.application.OfficialDocument.Annex;
import id.sikerja.application.OfficialDocument.Block;
import id.sikerja.application.OfficialDocument.Field;
import id.sikerja.application.OfficialDocument.Fields;
import id.sikerja.application.OfficialDocument.Numbered;
import id.sikerja.application.OfficialDocument.Paragraph;
import id.sikerja.application.OfficialDocument.Signature;
import id.sikerja.application.OfficialDocument.Table;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamMemberTarget;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.TeamTarget;
import id.sikerja.domain.team.WorkTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The decree that establishes a team, in the layout of PS Lampiran III ("Format Penyusunan Surat Keputusan Tim
 * Kerja"): Menimbang, Mengingat, Memutuskan (Menetapkan, KESATU–KETIGA), the signature, and the annex table
 * No | Susunan Tim Kerja | Nama/NIP | Jabatan | Tugas | Sasaran Kinerja | Indikator Kinerja | Target Kinerja.
 * An official document is always in Bahasa Indonesia, whatever the reader's screen language, so its fixed
 * phrases live here rather than in the screen bundles.
 */
@ApplicationScoped
public class TeamDecrees {

    static final List<String> ANNEX_HEADER = List.of("NO", "SUSUNAN TIM KERJA", "NAMA/NIP", "JABATAN", "TUGAS",
            "SASARAN KINERJA", "INDIKATOR KINERJA", "TARGET KINERJA");

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    /** PS Lampiran III, Mengingat 1–5; the government's own regulation follows as the last item. */
    static final List<String> LEGAL_BASIS = List.of(
            "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
            "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah sebagaimana telah diubah dengan "
                    + "Peraturan Pemerintah Nomor 72 Tahun 2019 tentang Perubahan atas Peraturan Pemerintah Nomor 18 "
                    + "Tahun 2016 tentang Perangkat Daerah;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2021 tentang "
                    + "Penyederhanaan Struktur Organisasi pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang "
                    + "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara;",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang "
                    + "Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi;");

    /** The signer as printed. */
    public record Signer(String office, String name, String rank, String nip) {
    }

    @Inject
    DocumentRenderer renderer;

    /**
     * An amending decree: it amends the decree {@code amendsNumber} of {@code amendsDate}; {@code number} and
     * {@code date} are null while it is a draft.
     */
    public record Amendment(String amendsNumber, LocalDate amendsDate, String number, LocalDate date) {
    }

    public byte[] pdf(WorkTeam team, Signer signer) {
        return renderer.pdf(document(team, signer, LocalDate.now(), null));
    }

    /** The amending decree (see {@link Amendment}). */
    public byte[] amendmentPdf(WorkTeam team, Signer signer, Amendment amendment) {
        return renderer.pdf(document(team, signer, LocalDate.now(), amendment));
    }

    /** The decree's content; a team not yet established gets a draft without number and date. */
    static OfficialDocument document(WorkTeam team, Signer signer, LocalDate today) {
        return document(team, signer, today, null);
    }

    /**
     * The decree's content, or with {@code amendment} the amending decree (a member change after the decree): it
     * names the decree it amends and sets the new composition in its annex; the amended decree stays as issued.
     */
    static OfficialDocument document(WorkTeam team, Signer signer, LocalDate today, Amendment amendment) {
        Government government = team.getGovernment();
        String department = team.getOwnerUnit().getDepartment().getName();
        String office = signer.office();
        String about = kindTitle(team.getKind()) + " " + team.getName().toUpperCase(INDONESIAN);
        String number = amendment == null ? team.getDecreeNumber() : amendment.number();
        LocalDate date = amendment == null ? team.getDecreeDate() : amendment.date();
        boolean signed = number != null;
        String decision = "Keputusan " + capitalised(office) + " tentang " + kindName(team.getKind()) + " "
                + team.getName();
        String amended = amendment == null ? null : decision + " Nomor " + amendment.amendsNumber() + " tanggal "
                + LONG_DATE.format(amendment.amendsDate());
        if (amendment != null) {
            about = "PERUBAHAN ATAS KEPUTUSAN " + office + " NOMOR " + amendment.amendsNumber() + " TENTANG " + about;
            decision = "Keputusan " + capitalised(office) + " tentang Perubahan atas " + amended;
        }

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Menimbang", amendment == null
                ? "bahwa dalam rangka melaksanakan " + government.getRegulation() + ", maka perlu menetapkan "
                + decision + ";"
                : "bahwa telah terjadi perubahan susunan keanggotaan " + kindName(team.getKind()) + " " + team.getName()
                + " sebagaimana ditetapkan dalam " + amended + ", sehingga perlu menetapkan " + decision + ";"));
        List<String> basis = new ArrayList<>(LEGAL_BASIS);
        basis.add(government.getRegulation() + ".");
        blocks.add(new Numbered("Mengingat", basis));
        blocks.add(new Paragraph(null, "MEMUTUSKAN:"));
        String purpose = team.getPurpose() == null ? "" : " dengan tujuan " + team.getPurpose().strip()
                .replaceAll("[.;]+$", "");
        blocks.add(new Fields(amendment == null ? List.of(
                new Field("Menetapkan", decision + "."),
                new Field("KESATU", "Membentuk " + kindName(team.getKind()) + " " + team.getName() + " di lingkungan "
                        + department + purpose + ", untuk masa " + LONG_DATE.format(team.getStartDate())
                        + " sampai dengan " + LONG_DATE.format(team.getEndDate()) + "."),
                new Field("KEDUA", "Tugas, target kinerja dan susunan " + kindName(team.getKind())
                        + " sebagaimana dimaksud dalam diktum KESATU tercantum dalam lampiran yang merupakan bagian "
                        + "tidak terpisahkan dari Keputusan ini."),
                new Field("KETIGA", "Keputusan ini berlaku pada tanggal ditetapkan."))
                : List.of(
                new Field("Menetapkan", decision + "."),
                new Field("KESATU", "Mengubah lampiran " + amended + ", sehingga tugas, target kinerja dan susunan "
                        + kindName(team.getKind()) + " " + team.getName() + " menjadi sebagaimana tercantum dalam "
                        + "lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
                new Field("KEDUA", "Ketentuan lain dalam " + amended + " tetap berlaku."),
                new Field("KETIGA", "Keputusan ini berlaku pada tanggal ditetapkan."))));

        String place = placeOf(government);
        String placeAndDate = "Ditetapkan di " + place + "\npada tanggal "
                + (signed ? LONG_DATE.format(date) : "..........");

        List<Block> annex = List.of(
                new Paragraph(null, "SUSUNAN KEANGGOTAAN " + about + " DI LINGKUNGAN "
                        + department.toUpperCase(INDONESIAN)),
                new Table(ANNEX_HEADER, annexRows(team, today),
                        new float[]{0.5f, 1.6f, 2.2f, 1.8f, 2.2f, 2.2f, 2.2f, 1.3f}));
        String annexTitle = "LAMPIRAN KEPUTUSAN " + office + "\nNOMOR " + (signed ? number : "..........")
                + "\nTENTANG " + about;

        return new OfficialDocument(
                List.of(government.getName().toUpperCase(INDONESIAN), department.toUpperCase(INDONESIAN)),
                "KEPUTUSAN " + office, "TENTANG\n" + about,
                signed ? number : null,
                blocks, placeAndDate,
                new Signature(office + ",", signer.name(), signer.rank(), signer.nip()),
                List.of(), List.of(new Annex(annexTitle, annex)));
    }

    /**
     * The annex of PS Lampiran III: a grouping row naming the Sekretariat/Bidang/Kelompok that owns the team, then
     * one row per person (technical roles, the ketua, then the members) with that person's own sasaran, indikator and
     * target; a ketua without targets of their own carries the team's. A decree signed before members had targets of
     * their own keeps its signed layout: every row lists the team's targets, no grouping row.
     */
    static List<List<String>> annexRows(WorkTeam team, LocalDate today) {
        List<TeamMember> members = team.getMembers().stream()
                .sorted(Comparator.comparingInt((TeamMember m) -> order(m.getRole()))
                        .thenComparing(m -> m.getEmployee().getName()))
                .toList();
        List<TeamTarget> targets = team.getTargets();
        List<String> teamColumns = List.of(
                numbered(targets.stream().map(TeamTarget::getObjective).toList()),
                numbered(targets.stream().map(TeamTarget::getIndicator).toList()),
                numbered(targets.stream().map(TeamTarget::getTarget).toList()));
        List<List<String>> rows = new ArrayList<>();
        if (team.isAnnexPerPerson()) {
            rows.add(List.of("", team.getOwnerUnit().getName().toUpperCase(INDONESIAN), "", "", "", "", "", ""));
        }
        int number = 0;
        for (TeamMember m : members) {
            Employee e = m.getEmployee();
            String position = e.placementOn(team.getDecreeDate() == null ? today : team.getDecreeDate())
                    .map(Placement::getPosition).map(Position::getTitle).orElse("-");
            List<String> row = new ArrayList<>(List.of(Integer.toString(++number), roleTitle(m.getRole()),
                    e.getName() + (e.getNip() == null ? "" : "\nNIP. " + e.getNip().value()),
                    position, m.getTask() == null ? "-" : m.getTask()));
            row.addAll(team.isAnnexPerPerson() ? ownColumns(m, teamColumns) : teamColumns);
            rows.add(row);
        }
        return rows;
    }

    private static List<String> ownColumns(TeamMember m, List<String> teamColumns) {
        List<TeamMemberTarget> own = m.getTargets();
        if (own.isEmpty()) {
            return m.getRole() == TeamRole.LEAD ? teamColumns : List.of("-", "-", "-");
        }
        return List.of(numbered(own.stream().map(TeamMemberTarget::getObjective).toList()),
                numbered(own.stream().map(TeamMemberTarget::getIndicator).toList()),
                numbered(own.stream().map(TeamMemberTarget::getTarget).toList()));
    }

    private static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return "-";
        }
        return IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i))
                .collect(Collectors.joining("\n"));
    }

    private static int order(TeamRole role) {
        return switch (role) {
            case TECHNICAL_LEAD -> 0;
            case TECHNICAL_CONTROLLER -> 1;
            case LEAD -> 2;
            case MEMBER -> 3;
        };
    }

    static String roleTitle(TeamRole role) {
        return switch (role) {
            case LEAD -> "KETUA TIM";
            case MEMBER -> "ANGGOTA TIM";
            case TECHNICAL_LEAD -> "PENANGGUNG JAWAB TEKNIS KEGIATAN";
            case TECHNICAL_CONTROLLER -> "PENGENDALI TEKNIS KEGIATAN";
        };
    }

    private static String kindName(WorkTeamKind kind) {
        return switch (kind) {
            case TIM_KERJA -> "Tim Kerja";
            case KELOMPOK_KERJA -> "Kelompok Kerja";
            case TIM_AD_HOC -> "Tim";
        };
    }

    private static String kindTitle(WorkTeamKind kind) {
        return kindName(kind).toUpperCase(INDONESIAN);
    }

    static String capitalised(String upper) {
        return java.util.Arrays.stream(upper.toLowerCase(INDONESIAN).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static String placeOf(Government government) {
        return government.letterPlace();
    }
}
