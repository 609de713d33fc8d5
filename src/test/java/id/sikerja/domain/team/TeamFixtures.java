package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.RankScheme;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small department (root, two fields) with people, and the four governments' team policies as the seed files
 * set them (KU, JB, KL, PS). In memory: ids are null.
 */
final class TeamFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    final Government government = Fixtures.government("UJI");
    final Department department = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
    final OrgUnit root = OrgUnit.rootOf(department, "DINKES", "Dinas Kesehatan");
    final OrgUnit field = root.addChild("DINKES-YANKES", "Bidang Pelayanan Kesehatan", UnitKind.ORGANISATION_UNIT, null, 2);
    final OrgUnit otherField = root.addChild("DINKES-P2P", "Bidang P2P", UnitKind.ORGANISATION_UNIT, null, 2);

    final Position madya = new Position(field, "Administrator Kesehatan Ahli Madya", PositionClass.FUNGSIONAL_KEAHLIAN,
            FunctionalGrade.AHLI_MADYA, false, 3);
    final Position muda = new Position(field, "Administrator Kesehatan Ahli Muda", PositionClass.FUNGSIONAL_KEAHLIAN,
            FunctionalGrade.AHLI_MUDA, false, 3);
    final Position terampil = new Position(field, "Pranata Komputer Terampil", PositionClass.FUNGSIONAL_KETERAMPILAN,
            FunctionalGrade.TERAMPIL, false, 3);
    final Position pelaksana = new Position(field, "Penata Layanan Operasional", PositionClass.PELAKSANA, null, false, 5);
    final Position fieldHead = new Position(field, "Kepala Bidang Pelayanan Kesehatan", PositionClass.ADMINISTRATOR,
            null, true, 1);
    final Position formerPengawas = new Position(otherField, "Kepala Seksi Lama", PositionClass.PENGAWAS, null, true, 1);
    final Position otherJf = new Position(otherField, "Epidemiolog Kesehatan Ahli Muda", PositionClass.FUNGSIONAL_KEAHLIAN,
            FunctionalGrade.AHLI_MUDA, false, 2);

    final Employee madyaJf = person("Ayu Madya", madya, "IV/a", 13);
    final Employee mudaJf = person("Bayu Muda", muda, "III/c", 11);
    final Employee mudaJf2 = person("Citra Muda", muda, "III/d", 12);
    final Employee terampilJf = person("Dedi Terampil", terampil, "III/a", 9);
    final Employee staff = person("Eka Pelaksana", pelaksana, "II/c", 7);
    final Employee head = person("Fajar Kabid", fieldHead, "IV/b", 14);
    final Employee outsider = person("Gita Epidemiolog", otherJf, "III/c", 11);

    static PolicyProfile kayongUtara() {
        return policy(LeadSelection.BY_HEAD, false, false, EnumSet.of(WorkTeamKind.TIM_KERJA));
    }

    static PolicyProfile jombang() {
        return policy(LeadSelection.PRIORITY_LIST, false, true, EnumSet.of(WorkTeamKind.TIM_KERJA));
    }

    /** As klaten.json: a kelompok kerja's decree by the department head or the owner unit's head (KL Pasal 1.24). */
    static PolicyProfile klaten() {
        PolicyProfile p = policy(LeadSelection.NOMINATION_TO_SECRETARY, true, true,
                EnumSet.of(WorkTeamKind.KELOMPOK_KERJA, WorkTeamKind.TIM_AD_HOC));
        p.configureTeamDecrees("KELOMPOK_KERJA=DEPARTMENT_HEAD,OWNER_UNIT_HEAD;TIM_AD_HOC=OWNER_UNIT_HEAD", 10);
        return p;
    }

    static PolicyProfile pasuruan() {
        return policy(LeadSelection.BY_HEAD, false, false, EnumSet.of(WorkTeamKind.TIM_KERJA));
    }

    private static PolicyProfile policy(LeadSelection selection, boolean oneGroup, boolean technical,
                                        EnumSet<WorkTeamKind> kinds) {
        PolicyProfile p = new PolicyProfile(Fixtures.government("P" + SEQUENCE.incrementAndGet()));
        p.configure(1, LetterSigner.DEPARTMENT_HEAD_DECREE, CrossDepartmentApproval.REGIONAL_SECRETARY, selection,
                oneGroup, technical, kinds, false, false, false, null);
        return p;
    }

    Employee person(String name, Position position, String rankCode, int rankOrdinal) {
        Nip nip = Nip.compose(LocalDate.of(1985, 1, 1), YearMonth.of(2010, 3), Sex.FEMALE,
                SEQUENCE.incrementAndGet() % 999 + 1);
        Employee e = new Employee(government, name, EmploymentStatus.PNS, nip, null, null,
                new Rank(rankCode, "Pangkat " + rankCode, RankScheme.PNS, rankOrdinal));
        e.placeIn(position, START.minusYears(1), "SK penempatan");
        return e;
    }

    WorkTeam team(PolicyProfile policy, WorkTeamKind kind, LocalDate start, LocalDate end) {
        return WorkTeam.form(policy, field, "Pelayanan Rujukan", "Menurunkan waktu tunggu rujukan", kind, start, end);
    }

    WorkTeam timKerja(PolicyProfile policy) {
        return team(policy, WorkTeamKind.TIM_KERJA, START, LocalDate.of(2026, 12, 31));
    }

    WorkTeam kelompokKerja(PolicyProfile policy) {
        return team(policy, WorkTeamKind.KELOMPOK_KERJA, START, LocalDate.of(2026, 12, 31));
    }

    /** Proposes candidates on a vacancy of a group of the running year (the fixtures' year). */
    static LeadNomination propose(PolicyProfile policy, WorkTeam group, Employee... candidates) {
        return LeadNomination.propose(policy, group, java.util.List.of(candidates), NominationOccasion.VACANCY, "x",
                START);
    }

    /** The personnel office forwards, the Sekda recommends {@code chosen} by a numbered decision. */
    static void recommend(LeadNomination n, Employee chosen, String note) {
        if (n.getState() == NominationState.PROPOSED) {
            n.forward(java.util.Set.of(id.sikerja.domain.workflow.Actor.PERSONNEL_OFFICE));
        }
        n.recommend(java.util.Set.of(id.sikerja.domain.workflow.Actor.REGIONAL_SECRETARY), chosen, note,
                "800.1/001/SETDA/2026", START, "SEKRETARIS DAERAH", "Sekda", "197001011990031001");
    }

    static TargetContent target() {
        return new TargetContent("Meningkatnya kualitas layanan rujukan", "Persentase rujukan tepat waktu", "90%",
                new java.math.BigDecimal("90"), "%");
    }

    /** Gives an entity the id the database would (the rules compare persisted entities by id). */
    static <T extends id.sikerja.domain.shared.BaseEntity> T withId(T entity, long id) {
        try {
            java.lang.reflect.Field field = id.sikerja.domain.shared.BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
