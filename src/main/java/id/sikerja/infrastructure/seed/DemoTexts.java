package id.sikerja.infrastructure.seed;

import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementLine.IndicatorLine;
import id.sikerja.domain.planning.WorkMode;

import java.util.List;

/**
 * The Indonesian texts of the demo plan: every seeded government demonstrates the plan stage in its
 * Dinas Kesehatan (Kepala Dinas → Kepala Bidang Pelayanan Kesehatan → the people of the Bidang; Kepala
 * Dinas → Sekretaris → Kepala Subbagian Umum → the demo employee), so one set of health-service texts
 * fits all four. Work modes are given for every target; they are
 * recorded only where the government's policy asks for them (PS Lampiran I.2).
 */
final class DemoTexts {

    private DemoTexts() {
    }

    /** A planned result: text, individual indicator (IKI), target value and unit. */
    record Result(String text, String indicator, String targetValue, String targetUnit) {
    }

    /** The Kepala Dinas's Perjanjian Kinerja, signed by the Bupati/Walikota. */
    static List<AgreementLine> departmentHeadAgreement() {
        return List.of(
                new AgreementLine("Meningkatnya derajat kesehatan masyarakat", List.of(
                        new IndicatorLine(null, "Angka kematian ibu", "85", "per 100.000 kelahiran hidup",
                                WorkMode.TEAM),
                        new IndicatorLine(null, "Prevalensi balita stunting", "14", "%", WorkMode.TEAM))),
                new AgreementLine("Meningkatnya mutu dan akses pelayanan kesehatan", List.of(
                        new IndicatorLine(null, "Persentase puskesmas terakreditasi paripurna", "60", "%",
                                WorkMode.TEAM),
                        new IndicatorLine(null, "Indeks kepuasan masyarakat terhadap layanan kesehatan", "82",
                                "indeks", WorkMode.INDIVIDUAL))));
    }

    /**
     * The Kepala Bidang's agreement: each indicator takes up one of the Kepala Dinas's. The index into
     * the Kepala Dinas's indicators (in order) is {@link #UNIT_HEAD_SUPPORTS}.
     */
    static List<AgreementLine> unitHeadAgreement() {
        return List.of(
                new AgreementLine("Meningkatnya mutu pelayanan kesehatan primer dan rujukan", List.of(
                        new IndicatorLine(null, "Jumlah puskesmas yang didampingi menuju akreditasi paripurna", "8",
                                "puskesmas", WorkMode.TEAM),
                        new IndicatorLine(null, "Persentase rujukan pasien yang tertangani melalui sistem rujukan "
                                + "terintegrasi", "95", "%", WorkMode.TEAM))),
                new AgreementLine("Meningkatnya pelayanan kesehatan ibu dan anak", List.of(
                        new IndicatorLine(null, "Persentase persalinan di fasilitas pelayanan kesehatan", "98", "%",
                                WorkMode.INDIVIDUAL))));
    }

    /**
     * The agreement of a head up a demo login's appraiser chain (the Sekretaris, the Kepala Subbagian Umum,
     * Kayong Utara's Kepala Seksi Rujukan), by the code of the unit they head; any other unit gets one
     * objective named after it.
     */
    static List<AgreementLine> headAgreement(String unitCode, String unitName) {
        return switch (unitCode) {
            case "DINKES-SEKRE" -> List.of(
                    new AgreementLine("Meningkatnya akuntabilitas kinerja dan tata kelola Dinas Kesehatan", List.of(
                            new IndicatorLine(null, "Nilai SAKIP Dinas Kesehatan", "75", "nilai", WorkMode.TEAM),
                            new IndicatorLine(null, "Persentase dokumen perencanaan dan laporan kinerja yang "
                                    + "tersusun tepat waktu", "100", "%", WorkMode.TEAM))),
                    new AgreementLine("Meningkatnya kualitas layanan administrasi umum dan kepegawaian", List.of(
                            new IndicatorLine(null, "Persentase layanan administrasi kepegawaian yang selesai "
                                    + "tepat waktu", "95", "%", WorkMode.INDIVIDUAL))));
            case "DINKES-SEKRE-UMUM" -> List.of(
                    new AgreementLine("Tertibnya administrasi umum dan kepegawaian Dinas Kesehatan", List.of(
                            new IndicatorLine(null, "Persentase surat masuk dan keluar yang teradministrasi pada "
                                    + "hari yang sama", "100", "%", WorkMode.INDIVIDUAL),
                            new IndicatorLine(null, "Persentase usulan layanan kepegawaian yang diproses tepat "
                                    + "waktu", "95", "%", WorkMode.TEAM))));
            case "DINKES-YANKES-RUJ" -> List.of(
                    new AgreementLine("Meningkatnya mutu pelayanan kesehatan rujukan", List.of(
                            new IndicatorLine(null, "Persentase rujukan pasien yang tertangani melalui sistem "
                                    + "rujukan terintegrasi", "95", "%", WorkMode.TEAM),
                            new IndicatorLine(null, "Jumlah rumah sakit yang dipantau mutu layanan rujukannya",
                                    "4", "rumah sakit", WorkMode.INDIVIDUAL))));
            default -> List.of(new AgreementLine("Meningkatnya kinerja " + unitName, List.of(
                    new IndicatorLine(null, "Persentase program kerja " + unitName + " yang terlaksana", "100", "%",
                            WorkMode.TEAM))));
        };
    }

    /** The SKP result of an appraiser up a demo login's chain who heads no unit. */
    static Result staffResult(String unitName) {
        return new Result("Terkoordinasinya pelaksanaan tugas " + unitName,
                "Jumlah laporan koordinasi pelaksanaan tugas", "12", "laporan");
    }

    /** For each Kepala Bidang indicator, the Kepala Dinas indicator (by position) it supports. */
    static final int[] UNIT_HEAD_SUPPORTS = {2, 3, 0};

    /** Results of the person whose SKP waits for the Kepala Bidang's approval, supporting the Kabid indicators 0 and 1. */
    static List<Result> submittedResults() {
        return List.of(
                new Result("Terlaksananya pendampingan akreditasi puskesmas di wilayah kerja",
                        "Jumlah puskesmas yang didampingi", "8", "puskesmas"),
                new Result("Tersusunnya analisis kinerja sistem rujukan terintegrasi",
                        "Jumlah laporan analisis rujukan", "4", "laporan"));
    }

    /** Results of the person whose SKP is approved, supporting the Kabid indicators 2 and 0. */
    static List<Result> approvedResults() {
        return List.of(
                new Result("Terverifikasinya data persalinan di fasilitas pelayanan kesehatan",
                        "Persentase data persalinan terverifikasi", "100", "%"),
                new Result("Tersedianya dokumen mutu puskesmas yang didampingi",
                        "Jumlah dokumen mutu yang tersusun", "8", "dokumen"));
    }

    /** What the Kepala Bidang's matrix wrote into a draft (Kabid indicator 1). */
    static final String CASCADED_RESULT = "Terlaksananya pemantauan rujukan pasien dari puskesmas ke rumah sakit";

    /** A draft the demo employee can continue: not yet linked to a superior's result. */
    static List<Result> employeeDraftResults() {
        return List.of(new Result("Terkelolanya administrasi persuratan Dinas Kesehatan",
                "Persentase surat masuk yang diagendakan pada hari yang sama", "100", "%"));
    }

    static final String DIALOGUE_EXPECTATIONS = "Hasil kerja dan target tahun ini dibahas dan disepakati bersama";
    static final String DIALOGUE_TARGETS = "Target sesuai Perjanjian Kinerja Bidang";
    static final String DIALOGUE_RESOURCES = "Anggaran DPA Dinas Kesehatan dan kendaraan dinas untuk kunjungan lapangan";
    static final String DIALOGUE_FOLLOW_UPS = "Pemantauan capaian setiap triwulan";
}
