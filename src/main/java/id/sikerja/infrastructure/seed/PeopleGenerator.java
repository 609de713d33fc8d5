package id.sikerja.infrastructure.seed;

import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Sex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic but plausible people: Indonesian names, a NIP consistent with birth date, appointment
 * and sex, a rank that fits the position. Deterministic for a given seed; NIPs unique within
 * {@code usedNips}.
 */
public final class PeopleGenerator {

    private static final List<String> MALE = List.of("Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam",
            "Joko", "Kurniawan", "Lukman", "Muhammad", "Nur", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Bambang",
            "Heru", "Arif", "Dimas", "Rizki", "Taufik", "Gunawan", "Sigit", "Hadi", "Iwan", "Andi", "Bayu", "Ferry");
    private static final List<String> FEMALE = List.of("Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika",
            "Lestari", "Maya", "Nurul", "Putri", "Ratna", "Sri", "Tri", "Wulan", "Yuni", "Siti", "Rina", "Dian",
            "Anita", "Retno", "Sari", "Novi", "Eka", "Astuti", "Ayu", "Mega", "Wahyuni", "Lina", "Rahma", "Hesti");
    private static final List<String> FAMILY = List.of("Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat",
            "Kusuma", "Setiawan", "Nugroho", "Rahmawati", "Susanti", "Purnomo", "Hartono", "Wibowo", "Utami",
            "Firmansyah", "Syahputra", "Maulana", "Handayani", "Permana", "Prasetyo", "Suryani", "Kurniasih",
            "Ramadhan", "Anggraini", "Sulistyo", "Haryanto", "Yuliani", "Effendi", "Susilo", "Lubis");

    private final Random random;
    private final Set<String> usedNips;

    public PeopleGenerator(long seed, Set<String> usedNips) {
        this.random = new Random(seed);
        this.usedNips = usedNips;
    }

    public record Person(String name, Sex sex, EmploymentStatus status, Nip nip, LocalDate birthDate,
                         String rankCode) {
    }

    public Person next(PositionClass positionClass, FunctionalGrade grade) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        List<String> given = sex == Sex.MALE ? MALE : FEMALE;
        String name = given.get(random.nextInt(given.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
        int seniority = seniority(positionClass, grade);
        LocalDate birth = LocalDate.of(1996 - seniority * 4 - random.nextInt(6), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        if (positionClass == PositionClass.KEPALA_DAERAH) {
            return new Person(name, sex, EmploymentStatus.STATE_OFFICIAL, null, birth, null);
        }
        boolean pppk = (positionClass.isFunctional() || positionClass == PositionClass.PELAKSANA)
                && random.nextInt(10) == 0;
        YearMonth appointment = YearMonth.from(birth.plusYears(23 + random.nextInt(5)))
                .withMonth(pppk ? 1 + random.nextInt(12) : 3);
        Nip nip = uniqueNip(birth, appointment, sex);
        String rank = pppk ? pppkRank(seniority) : pnsRank(positionClass, grade);
        return new Person(name, sex, pppk ? EmploymentStatus.PPPK : EmploymentStatus.PNS, nip, birth, rank);
    }

    private Nip uniqueNip(LocalDate birth, YearMonth appointment, Sex sex) {
        int sequence = 1 + random.nextInt(400);
        Nip nip = Nip.compose(birth, appointment, sex, sequence);
        while (!usedNips.add(nip.value())) {
            sequence = sequence % 999 + 1;
            nip = Nip.compose(birth, appointment, sex, sequence);
        }
        return nip;
    }

    /** 0 (junior) … 5 (most senior): drives age and rank. */
    private static int seniority(PositionClass c, FunctionalGrade g) {
        return switch (c) {
            case KEPALA_DAERAH, JPT_MADYA, JPT_PRATAMA -> 5;
            case ADMINISTRATOR -> 4;
            case PENGAWAS -> 3;
            case FUNGSIONAL_KEAHLIAN, FUNGSIONAL_KETERAMPILAN -> g == null ? 1 : g.step();
            case PELAKSANA -> 0;
        };
    }

    private String pnsRank(PositionClass c, FunctionalGrade g) {
        List<String> options = switch (c) {
            case JPT_MADYA, JPT_PRATAMA -> List.of("IV/c", "IV/d");
            case ADMINISTRATOR -> List.of("IV/a", "IV/b");
            case PENGAWAS -> List.of("III/c", "III/d");
            case PELAKSANA -> List.of("II/a", "II/b", "II/c", "II/d", "III/a");
            default -> switch (g) {
                case AHLI_PERTAMA -> List.of("III/a", "III/b");
                case AHLI_MUDA -> List.of("III/c", "III/d");
                case AHLI_MADYA -> List.of("IV/a", "IV/b", "IV/c");
                case AHLI_UTAMA -> List.of("IV/d", "IV/e");
                case PEMULA -> List.of("II/a");
                case TERAMPIL -> List.of("II/b", "II/c", "II/d");
                case MAHIR -> List.of("III/a", "III/b");
                case PENYELIA -> List.of("III/c", "III/d");
            };
        };
        return options.get(random.nextInt(options.size()));
    }

    private String pppkRank(int seniority) {
        String[] roman = {"V", "VII", "IX", "X", "XI", "XII"};
        return roman[Math.min(seniority, roman.length - 1)];
    }
}
