package id.sikerja.infrastructure.seed;

import id.sikerja.domain.organisation.AppraiserRule;
import id.sikerja.domain.organisation.AppraiserTarget;
import id.sikerja.domain.organisation.AppraiserTargetKind;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.GovernmentKind;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.DecreeSigner;
import id.sikerja.domain.policy.VolunteerRoute;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.AppointmentRoute;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link GovernmentSeed} into entities — in memory, not yet persisted — with a generated
 * person in every seat of every non-vacant position. Used by the demo loader and by the tests that
 * check the seeded appraiser tables against the regulations.
 */
public final class GovernmentBuilder {

    /** Placements of generated people start here (the demo's structure took effect then). */
    public static final LocalDate STRUCTURE_DATE = LocalDate.of(2025, 1, 2);

    private GovernmentBuilder() {
    }

    /** The built government: everything to persist, in an order that satisfies foreign keys. */
    public record Built(Government government, PolicyProfile policy, List<Department> departments,
                        List<OrgUnit> units, List<Position> positions, List<Employee> employees,
                        List<AppraiserRule> rules, Map<String, OrgUnit> unitsByCode,
                        Map<String, Position> positionsByRef, Map<String, Employee> loginEmployees) {

        /** "UNIT-CODE|Position title" → the position. */
        public Position position(String unitCode, String title) {
            Position p = positionsByRef.get(unitCode + "|" + title);
            if (p == null) {
                throw new IllegalArgumentException("no position '" + title + "' in unit " + unitCode);
            }
            return p;
        }
    }

    public static Built build(GovernmentSeed seed, Function<String, Rank> ranks, Set<String> usedNips) {
        Government government = new Government(seed.code(), seed.name(), seed.shortName(),
                GovernmentKind.valueOf(seed.kind()), seed.regionalHeadTitle(), seed.regulation());
        government.recordSeat(seed.seat());
        PolicyProfile policy = new PolicyProfile(government);
        GovernmentSeed.Policy p = seed.policy();
        policy.configure(p.performanceOwnerLevel(), LetterSigner.valueOf(p.assignmentLetterSigner()),
                CrossDepartmentApproval.valueOf(p.crossDepartmentApproval()), LeadSelection.valueOf(p.leadSelection()),
                p.oneGroupPerLead(), p.technicalLeadRoles(),
                p.groupKinds().stream().map(WorkTeamKind::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(WorkTeamKind.class))),
                p.requirePlanningDialogue(), p.volunteerNeedsAnnouncement(), p.extraAllowanceReport(),
                p.citations().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n")));
        policy.configurePlanning(p.targetsDeclareWorkMode(), p.leadsSignAgreement(), p.letterNumberPattern());
        policy.configureVolunteering(VolunteerRoute.valueOf(p.volunteerRoute()));
        policy.configureAssignmentLetter(p.assignmentLetterFormOnly());
        policy.configureTeamDecrees(p.decreeSigners().entrySet().stream().collect(Collectors.toMap(
                e -> WorkTeamKind.valueOf(e.getKey()),
                e -> e.getValue().stream().map(DecreeSigner::valueOf).toList())), p.yearEndNominationMonth());
        policy.configureAppointment(AppointmentRoute.valueOf(p.appointmentRoute()), p.regionalHeadAppoints(),
                p.preferEqualisedFunctional());

        List<Department> departments = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        List<Employee> employees = new ArrayList<>();
        Map<String, OrgUnit> unitsByCode = new LinkedHashMap<>();
        Map<String, Position> positionsByRef = new LinkedHashMap<>();
        PeopleGenerator people = new PeopleGenerator(seed.seed(), usedNips);

        for (GovernmentSeed.DepartmentSeed d : seed.departments()) {
            Department department = new Department(government, d.code(), d.name(), UnitType.valueOf(d.type()));
            departments.add(department);
            OrgUnit root = OrgUnit.rootOf(department, d.root().code(), d.root().name());
            if (d.root().type() != null) {
                root.changeType(UnitType.valueOf(d.root().type()));
            }
            addUnit(root, d.root(), units, positions, employees, unitsByCode, positionsByRef, people, ranks);
        }

        List<AppraiserRule> rules = new ArrayList<>();
        for (GovernmentSeed.Rule r : seed.rules()) {
            AppraiserRule rule = new AppraiserRule(government, r.id());
            rule.define(enums(r.unitTypes(), UnitType.class), enums(r.appraiseeClasses(), PositionClass.class),
                    enums(r.appraiseeGrades(), FunctionalGrade.class), r.appraiseeHeadsUnit(),
                    new LinkedHashSet<>(r.appraiseeUnitLevels()), target(r.appraiser()),
                    target(r.performanceOwner()), r.citation());
            rule.select(new LinkedHashSet<>(r.unitCodes()), new LinkedHashSet<>(r.unitModels()), target(r.unitHead()),
                    r.delegation());
            rules.add(rule);
        }

        Map<String, Employee> loginEmployees = new LinkedHashMap<>();
        Built built = new Built(government, policy, departments, units, positions, employees, rules, unitsByCode,
                positionsByRef, loginEmployees);
        for (GovernmentSeed.Login login : seed.logins()) {
            Position position = built.position(login.unit(), login.position());
            Employee holder = employees.stream()
                    .filter(e -> e.placementOn(STRUCTURE_DATE).map(pl -> pl.getPosition() == position).orElse(false))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("login " + login.username() + ": nobody holds "
                            + login.position()));
            loginEmployees.put(login.username(), holder);
        }
        return built;
    }

    private static void addUnit(OrgUnit unit, GovernmentSeed.UnitSeed seed, List<OrgUnit> units,
                                List<Position> positions, List<Employee> employees, Map<String, OrgUnit> unitsByCode,
                                Map<String, Position> positionsByRef, PeopleGenerator people,
                                Function<String, Rank> ranks) {
        if (unitsByCode.put(unit.getCode(), unit) != null) {
            throw new IllegalArgumentException("duplicate unit code " + unit.getCode());
        }
        units.add(unit);
        unit.tagStructureModels(new LinkedHashSet<>(seed.models()));
        if (seed.head() != null) {
            addPosition(unit, seed.head(), true, positions, employees, positionsByRef, people, ranks);
        }
        for (GovernmentSeed.PositionSeed p : seed.positions()) {
            addPosition(unit, p, false, positions, employees, positionsByRef, people, ranks);
        }
        for (GovernmentSeed.UnitSeed child : seed.children()) {
            OrgUnit childUnit = unit.addChild(child.code(), child.name(), UnitKind.valueOf(child.kind()),
                    child.type() == null ? null : UnitType.valueOf(child.type()), child.level());
            addUnit(childUnit, child, units, positions, employees, unitsByCode, positionsByRef, people, ranks);
        }
    }

    private static void addPosition(OrgUnit unit, GovernmentSeed.PositionSeed p, boolean head,
                                    List<Position> positions, List<Employee> employees,
                                    Map<String, Position> positionsByRef, PeopleGenerator people,
                                    Function<String, Rank> ranks) {
        PositionClass positionClass = PositionClass.valueOf(p.positionClass());
        FunctionalGrade grade = p.grade() == null ? null : FunctionalGrade.valueOf(p.grade());
        int count = head ? 1 : Math.max(1, p.count());
        Position position = new Position(unit, p.title(), positionClass, grade, head,
                head ? 1 : count + Math.max(0, p.vacantSeats()));
        positions.add(position);
        positionsByRef.putIfAbsent(unit.getCode() + "|" + p.title(), position);
        if (p.vacant()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            PeopleGenerator.Person person = people.next(positionClass, grade);
            Employee employee = new Employee(unit.getGovernment(), person.name(), person.status(), person.nip(),
                    person.sex(), person.birthDate(), person.rankCode() == null ? null : ranks.apply(person.rankCode()));
            employee.placeIn(position, STRUCTURE_DATE, "Penataan struktur (data demo)");
            employees.add(employee);
        }
    }

    private static AppraiserTarget target(GovernmentSeed.Target t) {
        return t == null ? null : new AppraiserTarget(AppraiserTargetKind.valueOf(t.kind()), t.level());
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        names.forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }
}
