package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.AppraiserOverride;
import id.sikerja.domain.organisation.AppraiserRule;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmployeeFilter;
import id.sikerja.domain.organisation.EmployeeRow;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Scoped read side of the organisation. Everything returned is a view, loaded in one transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrganisationQueriesBean implements OrganisationQueries {

    private static final int SEARCH_LIMIT = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    AppraisalService appraisals;

    @Inject
    ScopeService scopes;

    @Override
    public GovernmentView government() {
        Government g = repository.government(currentUser.scope().governmentId()).orElseThrow();
        return new GovernmentView(g.getId(), g.getCode(), g.getName(), g.getShortName(), g.getRegionalHeadTitle(),
                g.getRegulation());
    }

    @Override
    public List<UnitNode> rootNodes() {
        long g = currentUser.scope().governmentId();
        return nodes(g, repository.rootUnits(g));
    }

    @Override
    public List<UnitNode> childNodes(long unitId) {
        long g = currentUser.scope().governmentId();
        repository.unit(g, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return nodes(g, repository.children(g, unitId));
    }

    @Override
    public List<UnitNode> searchUnits(String text) {
        long g = currentUser.scope().governmentId();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return nodes(g, repository.searchUnits(g, text, SEARCH_LIMIT));
    }

    private List<UnitNode> nodes(long governmentId, List<OrgUnit> units) {
        LocalDate today = LocalDate.now();
        Map<Long, Long> counts = repository.headcounts(governmentId, units, today);
        Map<Long, Boolean> children = repository.hasChildren(governmentId,
                units.stream().map(OrgUnit::getId).toList());
        AccessScope scope = currentUser.scope();
        List<UnitNode> result = new ArrayList<>();
        for (OrgUnit u : units) {
            Optional<Position> head = repository.headPosition(governmentId, u.getId());
            String headName = head.flatMap(p -> repository.holders(governmentId, p.getId(), today).stream().findFirst())
                    .map(Employee::getName).orElse(null);
            result.add(new UnitNode(u.getId(), u.getCode(), u.getName(), u.getKind(), u.effectiveType(), u.getLevel(),
                    u.getDepartment().getName(), head.map(Position::getTitle).orElse(null), headName,
                    counts.getOrDefault(u.getId(), 0L), children.getOrDefault(u.getId(), false), u.getPath(),
                    scope.coversUnit(governmentId, u.getPath())));
        }
        return result;
    }

    @Override
    public UnitView unit(long unitId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        OrgUnit unit = repository.unit(g, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (!scope.coversUnit(unit.getGovernment().getId(), unit.getPath())) {
            throw new AccessDeniedException("unit");
        }
        LocalDate today = LocalDate.now();
        List<Placement> placements = repository.placementsInUnit(g, unitId, today);
        Map<Long, Long> filled = placements.stream()
                .collect(Collectors.groupingBy(p -> p.getPosition().getId(), Collectors.counting()));
        List<PositionRow> positions = repository.positions(g, unitId).stream()
                .map(p -> new PositionRow(p.getId(), p.getTitle(), p.getPositionClass(), p.getGrade(), p.isHeadsUnit(),
                        p.getCapacity(), filled.getOrDefault(p.getId(), 0L), p.isActive(), p.getVersion()))
                .toList();
        AppraisalService.Session session = appraisals.session(g);
        List<PersonRow> people = new ArrayList<>();
        for (Placement p : placements) {
            Employee e = p.getEmployee();
            AppraisalResult r = session.derive(e, today);
            people.add(new PersonRow(e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                    p.getPosition().getTitle(), p.getPosition().isHeadsUnit(),
                    r.appraiserIfKnown().map(Employee::getName).orElse(null),
                    r.appraiserIfKnown().map(Employee::getId).orElse(null), r.problem(), r.isOverridden()));
        }
        List<UnitNode> breadcrumbs = new ArrayList<>();
        for (OrgUnit u = unit.getParent(); u != null; u = u.getParent()) {
            breadcrumbs.add(new UnitNode(u.getId(), u.getCode(), u.getName(), u.getKind(), u.effectiveType(),
                    u.getLevel(), u.getDepartment().getName(), null, null, 0, true, u.getPath(),
                    scope.coversUnit(g, u.getPath())));
        }
        Collections.reverse(breadcrumbs);
        String headName = people.stream().filter(PersonRow::head).map(PersonRow::name).findFirst().orElse(null);
        return new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(), unit.effectiveType(),
                unit.getLevel(), unit.getPath(), unit.getDepartment().getId(), unit.getDepartment().getName(),
                breadcrumbs, headName, positions, people, nodes(g, repository.children(g, unitId)), unit.getVersion(),
                scope.has(Role.ADMIN), String.join(", ", unit.getStructureModels()),
                String.join(", ", unit.effectiveStructureModels()));
    }

    @Override
    public EmployeeView employee(long employeeId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee e = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        LocalDate today = LocalDate.now();
        Optional<Placement> current = e.placementOn(today);
        String path = current.map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        if (!scope.coversEmployee(e.getGovernment().getId(), e.getId(), path)) {
            throw new AccessDeniedException("employee");
        }
        List<PlacementRow> history = e.getPlacements().stream()
                .sorted(Comparator.comparing(Placement::getStartDate).reversed())
                .map(p -> new PlacementRow(p.getId(), p.getPosition().getTitle(), p.getPosition().getUnit().getName(),
                        p.getPosition().getUnit().getId(), p.getStartDate(), p.getEndDate(), p.getReason()))
                .toList();
        AppraisalResult r = appraisals.session(g).derive(e, today);
        AppraisalView appraisal = appraisalView(r);
        List<UserAccount> linked = accounts.byEmployee(g, e.getId());
        Set<Role> roles = new HashSet<>();
        linked.forEach(a -> roles.addAll(scopes.rolesOf(a)));
        return new EmployeeView(e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                e.getStatus(), e.getRank() == null ? null : e.getRank().getCode(),
                e.getRank() == null ? null : e.getRank().getLabel(), e.getSex().name(), e.getBirthDate(),
                e.getEmail(), e.getPhone(), e.getVersion(),
                current.map(p -> p.getPosition().getTitle()).orElse(null),
                current.map(p -> p.getPosition().getId()).orElse(null),
                current.map(p -> p.getPosition().getUnit().getName()).orElse(null),
                current.map(p -> p.getPosition().getUnit().getId()).orElse(null),
                history, appraisal, linked.stream().map(UserAccount::getUsername).toList(), roles,
                scope.has(Role.ADMIN), e.isFromEqualisation());
    }

    static AppraisalView appraisalView(AppraisalResult r) {
        AppraiserOverride o = r.override();
        Optional<AppraiserRule> rule = r.decidingRule();
        return new AppraisalView(r.appraiserIfKnown().map(Employee::getId).orElse(null),
                r.appraiserIfKnown().map(Employee::getName).orElse(null),
                r.appraiserPosition() == null ? null : r.appraiserPosition().getTitle(),
                r.unitHead() == null ? null : r.unitHead().getId(),
                r.unitHead() == null ? null : r.unitHead().getName(),
                r.performanceOwner() == null ? null : r.performanceOwner().getName(), r.problem(),
                rule.map(AppraiserRule::getRuleCode).orElse(r.rules().stream().map(AppraiserRule::getRuleCode)
                        .collect(Collectors.joining(", "))),
                rule.map(AppraiserRule::getCitation).orElse(null), o != null, o == null ? null : o.getReason(),
                o == null ? null : o.getCreatedBy());
    }

    @Override
    public List<EmployeeRow> employees(String text, int first, int pageSize, String sortField, boolean ascending) {
        return repository.searchEmployees(filter(text, sortField, ascending), first, Math.min(pageSize, 200));
    }

    @Override
    public long countEmployees(String text) {
        return repository.countEmployees(filter(text, null, true));
    }

    /** The caller's visible employees: everyone for whole-government roles, else subtrees + self + appraisees. */
    private EmployeeFilter filter(String text, String sortField, boolean ascending) {
        AccessScope s = currentUser.scope();
        Set<String> prefixes = s.seesWholeGovernment() ? null : new HashSet<>(s.headedPaths());
        Set<Long> extra = new HashSet<>(s.appraiseeIds());
        if (s.employeeId() != null) {
            extra.add(s.employeeId());
        }
        return new EmployeeFilter(s.governmentId(), text, prefixes, extra, LocalDate.now(), sortField, ascending);
    }

    @Override
    public List<PositionOption> searchPositions(String text) {
        AccessScope scope = currentUser.scope();
        scope.requireAdmin();
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String needle = text.strip().toLowerCase();
        Map<Long, Long> occupied = repository.occupiedSeats(scope.governmentId(), LocalDate.now());
        // Positions with a free seat come first: placing someone in a full one is refused anyway.
        return repository.allPositions(scope.governmentId()).stream().filter(Position::isActive)
                .filter(p -> p.getTitle().toLowerCase().contains(needle)
                        || p.getUnit().getName().toLowerCase().contains(needle))
                .map(p -> new PositionOption(p.getId(), p.getTitle(), p.getUnit().getName(), p.isHeadsUnit(),
                        (int) Math.max(0, p.getCapacity() - occupied.getOrDefault(p.getId(), 0L))))
                .sorted(Comparator.comparing((PositionOption o) -> o.freeSeats() == 0)
                        .thenComparing(PositionOption::title).thenComparing(PositionOption::unitName))
                .limit(SEARCH_LIMIT).toList();
    }

    @Override
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<ProblemRow> appraisalProblems() {
        repository.readOnlyFromHere();
        AccessScope scope = currentUser.scope();
        if (!scope.has(Role.ADMIN) && !scope.has(Role.OVERSIGHT)) {
            throw new AccessDeniedException("problems");
        }
        return problems(scope.governmentId());
    }

    private List<ProblemRow> problems(long g) {
        LocalDate today = LocalDate.now();
        AppraisalService.Session session = appraisals.session(g);
        List<ProblemRow> rows = new ArrayList<>();
        for (Placement p : repository.activePlacements(g, today)) {
            AppraisalResult r = session.derive(p.getEmployee(), today);
            if (r.isProblem()) {
                Employee e = p.getEmployee();
                String detail = r.appraiserPosition() != null ? r.appraiserPosition().getTitle()
                        : r.rules().stream().map(AppraiserRule::getRuleCode).collect(Collectors.joining(", "));
                rows.add(new ProblemRow(e.getId(), e.getName(), e.getNip() == null ? null : e.getNip().formatted(),
                        p.getPosition().getTitle(), p.getPosition().getUnit().getName(),
                        p.getPosition().getUnit().getId(), r.problem(), detail));
            }
        }
        rows.sort(Comparator.comparing(ProblemRow::unitName).thenComparing(ProblemRow::name));
        return rows;
    }

    @Override
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public HomeView home() {
        repository.readOnlyFromHere();
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        UserAccount account = accounts.byUsername(currentUser.username()).orElseThrow();
        LocalDate today = LocalDate.now();
        Employee me = account.getEmployee();
        Optional<Placement> placement = me == null ? Optional.empty() : me.placementOn(today);
        String appraiserName = null;
        id.sikerja.domain.organisation.AppraisalProblem problem = null;
        if (me != null) {
            AppraisalResult r = appraisals.session(g).derive(me, today);
            appraiserName = r.appraiserIfKnown().map(Employee::getName).orElse(null);
            problem = r.problem();
        }
        List<OrgUnit> headed = new ArrayList<>();
        for (String path : scope.headedPaths()) {
            // the last code of "/ROOT/CHILD/" names the unit
            String[] codes = path.split("/");
            repository.unitByCode(g, codes[codes.length - 1]).ifPresent(headed::add);
        }
        boolean wide = scope.seesWholeGovernment();
        long problems = scope.has(Role.ADMIN) || scope.has(Role.OVERSIGHT) ? problems(g).size() : 0;
        long employeeCount = wide || !scope.headedPaths().isEmpty() ? countEmployees(null) : 0;
        long departmentCount = wide ? repository.departments(g).size() : 0;
        long unitCount = wide ? repository.units(g).size() : 0;
        return new HomeView(account.getDisplayName(), scope.roles(),
                placement.map(p -> p.getPosition().getTitle()).orElse(null),
                placement.map(p -> p.getPosition().getUnit().getName()).orElse(null),
                placement.map(p -> p.getPosition().getUnit().getId()).orElse(null),
                appraiserName, problem, nodes(g, headed), scope.appraiseeIds().size(), departmentCount, unitCount,
                employeeCount, problems);
    }

    @Override
    public List<DepartmentOption> departments() {
        long g = currentUser.scope().governmentId();
        return repository.departments(g).stream()
                .map(d -> new DepartmentOption(d.getId(), d.getCode(), d.getName()))
                .sorted(Comparator.comparing(DepartmentOption::name)).toList();
    }
}
