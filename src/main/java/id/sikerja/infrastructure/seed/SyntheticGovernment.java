package id.sikerja.infrastructure.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the seed of a synthetic government of about {@code employees} people with a realistic
 * tree: a Setda, an office of the regional head, and Dinas/Badan with Sekretariat (Subbagian),
 * Bidang, UPTD and Puskesmas/Sekolah work units, JF of every grade and Pelaksana, and appraiser
 * rules in the shape of KL Lampiran B. Deterministic for a given seed: the same arguments give the
 * same government. Used for benchmarks (10,000 and more) and load tests.
 */
public final class SyntheticGovernment {

    private SyntheticGovernment() {
    }

    public static GovernmentSeed of(String code, int employees, long seed) {
        Random random = new Random(seed);
        List<GovernmentSeed.DepartmentSeed> departments = new ArrayList<>();
        departments.add(new GovernmentSeed.DepartmentSeed("KDH", "Bupati " + code, "KEPALA_DAERAH",
                unit("KDH", "Bupati " + code, "ORGANISATION_UNIT", null, 1,
                        head("Bupati " + code, "KEPALA_DAERAH", null), List.of(), List.of())));
        departments.add(new GovernmentSeed.DepartmentSeed("SETDA", "Sekretariat Daerah", "SEKRETARIAT_DAERAH",
                unit("SETDA", "Sekretariat Daerah", "ORGANISATION_UNIT", null, 1,
                        head("Sekretaris Daerah", "JPT_PRATAMA", null), staff(random, 2), List.of(
                                unit("SETDA-PEM", "Bagian Pemerintahan", "ORGANISATION_UNIT", null, 2,
                                        head("Kepala Bagian Pemerintahan", "ADMINISTRATOR", null), staff(random, 6),
                                        List.of())))));
        int remaining = employees - 12;
        int n = 0;
        while (remaining > 0) {
            n++;
            String d = "D" + n;
            List<GovernmentSeed.UnitSeed> children = new ArrayList<>();
            children.add(unit(d + "-SEKR", "Sekretariat", "ORGANISATION_UNIT", null, 2,
                    head("Sekretaris Dinas " + n, "ADMINISTRATOR", null), staff(random, 3), List.of(
                            unit(d + "-SEKR-UMUM", "Subbagian Umum dan Kepegawaian", "ORGANISATION_UNIT", null, 3,
                                    head("Kepala Subbagian Umum " + n, "PENGAWAS", null), staff(random, 8), List.of()))));
            for (int b = 1; b <= 4; b++) {
                children.add(unit(d + "-B" + b, "Bidang " + b, "ORGANISATION_UNIT", null, 2,
                        head("Kepala Bidang " + b + " Dinas " + n, "ADMINISTRATOR", null), staff(random, 14), List.of()));
            }
            String workType = n % 2 == 0 ? "PUSKESMAS" : "SEKOLAH";
            for (int w = 1; w <= 3; w++) {
                children.add(unit(d + "-W" + w, (n % 2 == 0 ? "Puskesmas " : "Sekolah ") + n + "." + w, "WORK_UNIT",
                        workType, 2, head("Kepala " + (n % 2 == 0 ? "Puskesmas " : "Sekolah ") + n + "." + w,
                                "FUNGSIONAL_KEAHLIAN", "AHLI_MADYA"), staff(random, 12), List.of()));
            }
            departments.add(new GovernmentSeed.DepartmentSeed(d, "Dinas " + n, n % 3 == 0 ? "BADAN" : "DINAS",
                    unit(d, "Dinas " + n, "ORGANISATION_UNIT", null, 1, head("Kepala Dinas " + n, "JPT_PRATAMA", null),
                            staff(random, 2), children)));
            remaining -= 1 + 2 + 1 + 3 + 1 + 8 + 4 * 15 + 3 * 13;
        }
        List<GovernmentSeed.Rule> rules = List.of(
                rule("S-1", List.of(), List.of("JPT_PRATAMA"), List.of(), true, List.of(1), "REGIONAL_HEAD", null),
                rule("S-2", List.of(), List.of("ADMINISTRATOR"), List.of(), true, List.of(2), "HEAD_AT_LEVEL", 1),
                rule("S-3", List.of("PUSKESMAS", "SEKOLAH"), List.of(), List.of(), true, List.of(), "HEAD_AT_LEVEL", 1),
                rule("S-4", List.of(), List.of("FUNGSIONAL_KEAHLIAN"), List.of("AHLI_UTAMA"), false, List.of(),
                        "HEAD_AT_LEVEL", 1),
                rule("S-5", List.of(), List.of(), List.of(), null, List.of(), "DIRECT_SUPERIOR", null),
                // the JF heading a Puskesmas or school rates its staff by delegation, as KL Lampiran B huruf i and l
                delegated(rule("S-6", List.of("PUSKESMAS", "SEKOLAH"), List.of(), List.of(), false, List.of(),
                        "DIRECT_SUPERIOR", null)));
        GovernmentSeed.Policy policy = new GovernmentSeed.Policy(1, "DEPARTMENT_HEAD_DECREE", "REGIONAL_HEAD_RECOMMENDATION",
                "BY_HEAD", false, false, List.of("TIM_KERJA"), false, false, false, false, false, null, false, Map.of(),
                "OWN_RECOMMENDATION_FIRST", Map.of(), 10, "DIRECT", false, false);
        return new GovernmentSeed(code, "Pemerintah Kabupaten " + code, "Kab. " + code, "KABUPATEN", "Bupati",
                "Data sintetis", seed, policy, rules, departments, List.of(), List.of(), null);
    }

    private static GovernmentSeed.Rule rule(String id, List<String> types, List<String> classes, List<String> grades,
                                            Boolean heads, List<Integer> levels, String kind, Integer level) {
        return new GovernmentSeed.Rule(id, types, classes, grades, heads, levels, new GovernmentSeed.Target(kind, level),
                null, "Data sintetis (pola KL Lampiran B)", List.of(), List.of(), null, null);
    }

    private static GovernmentSeed.Rule delegated(GovernmentSeed.Rule r) {
        return new GovernmentSeed.Rule(r.id(), r.unitTypes(), r.appraiseeClasses(), r.appraiseeGrades(),
                r.appraiseeHeadsUnit(), r.appraiseeUnitLevels(), r.appraiser(), r.performanceOwner(), r.citation(),
                r.unitCodes(), r.unitModels(), r.unitHead(), "Data sintetis (pola KL Lampiran B huruf i dan l)");
    }

    private static GovernmentSeed.PositionSeed head(String title, String positionClass, String grade) {
        return new GovernmentSeed.PositionSeed(title, positionClass, grade, 1, false, 0);
    }

    private static GovernmentSeed.UnitSeed unit(String code, String name, String kind, String type, int level,
                                                GovernmentSeed.PositionSeed head,
                                                List<GovernmentSeed.PositionSeed> positions,
                                                List<GovernmentSeed.UnitSeed> children) {
        return new GovernmentSeed.UnitSeed(code, name, kind, type, level, head, positions, children, List.of());
    }

    /** About {@code people} staff: JF keahlian and keterampilan of several grades, and Pelaksana. */
    private static List<GovernmentSeed.PositionSeed> staff(Random random, int people) {
        List<GovernmentSeed.PositionSeed> list = new ArrayList<>();
        String[][] kinds = {
                {"Analis Kebijakan Ahli Muda", "FUNGSIONAL_KEAHLIAN", "AHLI_MUDA"},
                {"Analis Kebijakan Ahli Pertama", "FUNGSIONAL_KEAHLIAN", "AHLI_PERTAMA"},
                {"Perencana Ahli Madya", "FUNGSIONAL_KEAHLIAN", "AHLI_MADYA"},
                {"Pranata Komputer Terampil", "FUNGSIONAL_KETERAMPILAN", "TERAMPIL"},
                {"Arsiparis Mahir", "FUNGSIONAL_KETERAMPILAN", "MAHIR"},
                {"Pengadministrasi Perkantoran", "PELAKSANA", null}};
        int left = people;
        for (int i = 0; left > 0; i = (i + 1) % kinds.length) {
            int count = Math.min(left, 1 + random.nextInt(3));
            String[] k = kinds[i];
            int index = i;
            if (list.stream().noneMatch(p -> p.title().equals(kinds[index][0]))) {
                list.add(new GovernmentSeed.PositionSeed(k[0], k[1], k[2], count, false, 0));
            } else {
                list.replaceAll(p -> p.title().equals(k[0])
                        ? new GovernmentSeed.PositionSeed(p.title(), p.positionClass(), p.grade(), p.count() + count, false, 0) : p);
            }
            left -= count;
        }
        return list;
    }
}
