package id.sikerja.application.internal;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.PasswordHasher;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.organisation.AppraiserOverride;
import id.sikerja.domain.organisation.AppraiserRule;
import id.sikerja.domain.organisation.AppraiserTarget;
import id.sikerja.domain.organisation.Department;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Administration of the organisation model, restricted to the ADMIN role of the caller's government. */
@Stateless
public class OrganisationAdministrationBean implements OrganisationAdministration {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationRepository repository;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    id.sikerja.application.AuditTrail audit;

    private long adminGovernment() {
        AccessScope scope = currentUser.scope();
        scope.requireAdmin();
        return scope.governmentId();
    }

    private Government government(long id) {
        return repository.government(id).orElseThrow();
    }

    @Override
    public long createDepartment(String code, String name, UnitType type) {
        long g = adminGovernment();
        String normalised = code.strip().toUpperCase();
        if (repository.departmentByCode(g, normalised).isPresent() || repository.unitByCode(g, normalised).isPresent()) {
            throw new BusinessRuleException("code.taken", normalised);
        }
        Department department = repository.add(new Department(government(g), normalised, name, type));
        repository.add(OrgUnit.rootOf(department, normalised, name));
        repository.flush();
        return department.getId();
    }

    @Override
    public void updateDepartment(long departmentId, int version, String name, UnitType type) {
        long g = adminGovernment();
        Department d = repository.department(g, departmentId).orElseThrow(() -> new NotFoundException("department", departmentId));
        ConcurrentEditException.check("department", d.getVersion(), version);
        d.rename(name);
        d.changeType(type);
        repository.flush();
    }

    @Override
    public long createUnit(long parentUnitId, String code, String name, UnitKind kind, UnitType type, int level) {
        long g = adminGovernment();
        OrgUnit parent = repository.unit(g, parentUnitId).orElseThrow(() -> new NotFoundException("unit", parentUnitId));
        String normalised = code.strip().toUpperCase();
        if (repository.unitByCode(g, normalised).isPresent()) {
            throw new BusinessRuleException("code.taken", normalised);
        }
        OrgUnit unit = repository.add(parent.addChild(normalised, name, kind, type, level));
        repository.flush();
        return unit.getId();
    }

    @Override
    public void updateUnit(long unitId, int version, String name, UnitType type) {
        long g = adminGovernment();
        OrgUnit unit = repository.unit(g, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        ConcurrentEditException.check("unit", unit.getVersion(), version);
        unit.rename(name);
        unit.changeType(type);
        repository.flush();
    }

    @Override
    public void tagStructureModels(long unitId, int version, Set<String> models) {
        long g = adminGovernment();
        OrgUnit unit = repository.unit(g, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        ConcurrentEditException.check("unit", unit.getVersion(), version);
        unit.tagStructureModels(models.stream().map(String::strip).filter(m -> !m.isEmpty())
                .map(m -> m.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
        repository.flush();
    }

    @Override
    public long createPosition(long unitId, String title, id.sikerja.domain.organisation.PositionClass positionClass,
                               id.sikerja.domain.organisation.FunctionalGrade grade, boolean headsUnit, int capacity) {
        long g = adminGovernment();
        OrgUnit unit = repository.unit(g, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        if (headsUnit && repository.headPosition(g, unitId).isPresent()) {
            throw new BusinessRuleException("position.headExists", unit.getName());
        }
        Position position = repository.add(new Position(unit, title, positionClass, grade, headsUnit, capacity));
        repository.flush();
        return position.getId();
    }

    @Override
    public void updatePosition(long positionId, int version, String title,
                               id.sikerja.domain.organisation.PositionClass positionClass,
                               id.sikerja.domain.organisation.FunctionalGrade grade, int capacity) {
        long g = adminGovernment();
        Position position = repository.position(g, positionId).orElseThrow(() -> new NotFoundException("position", positionId));
        ConcurrentEditException.check("position", position.getVersion(), version);
        long holders = repository.holders(g, positionId, LocalDate.now()).size();
        if (capacity < holders) {
            throw new BusinessRuleException("position.capacityBelowHolders", capacity, holders);
        }
        position.redefine(title, positionClass, grade, capacity);
        repository.flush();
    }

    @Override
    public long createEmployee(EmployeeData data) {
        long g = adminGovernment();
        Nip nip = nipOf(data, null);
        Employee employee = repository.add(new Employee(government(g), data.name(), data.status(), nip, data.sex(),
                data.birthDate(), rank(data.rankCode())));
        employee.updateContact(data.email(), data.phone());
        repository.flush();
        return employee.getId();
    }

    @Override
    public void updateEmployee(long employeeId, int version, EmployeeData data) {
        long g = adminGovernment();
        Employee employee = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        ConcurrentEditException.check("employee", employee.getVersion(), version);
        employee.updatePersonalData(data.name(), data.status(), nipOf(data, employee), data.sex(), data.birthDate(),
                rank(data.rankCode()));
        employee.updateContact(data.email(), data.phone());
        repository.flush();
    }

    /** Parses the NIP and refuses one that already identifies another person (a NIP is national). */
    private Nip nipOf(EmployeeData data, Employee self) {
        if (data.nip() == null || data.nip().isBlank()) {
            return null;
        }
        Nip nip = Nip.of(data.nip());
        repository.employeeByNip(nip.value()).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new BusinessRuleException("employee.nipTaken", nip.formatted());
        });
        return nip;
    }

    private Rank rank(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return repository.rank(code.strip()).orElseThrow(() -> new BusinessRuleException("employee.rankUnknown", code));
    }

    @Override
    public void placeEmployee(long employeeId, int version, long positionId, LocalDate start, String reason) {
        long g = adminGovernment();
        Employee employee = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        ConcurrentEditException.check("employee", employee.getVersion(), version);
        Position position = repository.position(g, positionId).orElseThrow(() -> new NotFoundException("position", positionId));
        long holders = repository.holders(g, positionId, start).stream().filter(e -> !e.equals(employee)).count();
        if (holders >= position.getCapacity()) {
            throw new BusinessRuleException("placement.positionFull", position.getTitle(), position.getCapacity());
        }
        repository.add(employee.placeIn(position, start, reason));
        repository.bumpVersion(employee);
        // the one-open-placement constraint is deferred to commit (V2): see db/V2
        repository.flush();
    }

    @Override
    public void endPlacement(long employeeId, int version, LocalDate lastDay) {
        long g = adminGovernment();
        Employee employee = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        ConcurrentEditException.check("employee", employee.getVersion(), version);
        employee.endPlacement(lastDay);
        repository.bumpVersion(employee);
        repository.flush();
    }

    @Override
    public void overrideAppraiser(long employeeId, long appraiserId, String reason) {
        long g = adminGovernment();
        Employee employee = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        Employee appraiser = repository.employee(g, appraiserId).orElseThrow(() -> new NotFoundException("employee", appraiserId));
        OffsetDateTime now = OffsetDateTime.now();
        repository.activeOverride(g, employeeId).ifPresent(o -> o.revoke(currentUser.username(), now));
        repository.flush();
        repository.add(new AppraiserOverride(employee, appraiser, reason, currentUser.username(), now));
        repository.flush();
    }

    @Override
    public void revokeAppraiserOverride(long employeeId) {
        long g = adminGovernment();
        AppraiserOverride active = repository.activeOverride(g, employeeId)
                .orElseThrow(() -> new BusinessRuleException("override.none"));
        active.revoke(currentUser.username(), OffsetDateTime.now());
        repository.flush();
    }

    @Override
    public long saveRule(RuleData data) {
        long g = adminGovernment();
        AppraiserRule rule;
        if (data.id() == null) {
            if (repository.rules(g).stream().anyMatch(r -> r.getRuleCode().equalsIgnoreCase(data.ruleCode().strip()))) {
                throw new BusinessRuleException("code.taken", data.ruleCode());
            }
            rule = repository.add(new AppraiserRule(government(g), data.ruleCode()));
        } else {
            rule = repository.rule(g, data.id()).orElseThrow(() -> new NotFoundException("rule", data.id()));
            ConcurrentEditException.check("rule", rule.getVersion(), data.version() == null ? -1 : data.version());
        }
        rule.define(data.unitTypes(), data.appraiseeClasses(), data.appraiseeGrades(), data.appraiseeHeadsUnit(),
                data.appraiseeUnitLevels(), new AppraiserTarget(data.appraiserKind(), data.appraiserLevel()),
                data.ownerKind() == null ? null : new AppraiserTarget(data.ownerKind(), data.ownerLevel()),
                data.citation());
        rule.select(data.unitCodes(), data.unitModels(),
                data.unitHeadKind() == null ? null : new AppraiserTarget(data.unitHeadKind(), data.unitHeadLevel()),
                data.delegationBasis());
        repository.flush();
        return rule.getId();
    }

    @Override
    public void deleteRule(long ruleId) {
        long g = adminGovernment();
        repository.remove(repository.rule(g, ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId)));
        repository.flush();
    }

    @Override
    public List<RuleData> rules() {
        AccessScope scope = currentUser.scope();
        if (!scope.has(Role.ADMIN) && !scope.has(Role.OVERSIGHT)) {
            throw new id.sikerja.domain.shared.AccessDeniedException("rules");
        }
        return repository.rules(scope.governmentId()).stream().map(r -> new RuleData(r.getId(), r.getVersion(),
                r.getRuleCode(), r.getUnitTypes(), r.getAppraiseeClasses(), r.getAppraiseeGrades(),
                r.getAppraiseeHeadsUnit(), r.getAppraiseeUnitLevels(), r.getAppraiser().kind(),
                r.getAppraiser().level(), r.getPerformanceOwner() == null ? null : r.getPerformanceOwner().kind(),
                r.getPerformanceOwner() == null ? null : r.getPerformanceOwner().level(), r.getCitation(),
                r.getUnitCodes(), r.getUnitModels(), r.getUnitHead() == null ? null : r.getUnitHead().kind(),
                r.getUnitHead() == null ? null : r.getUnitHead().level(), r.getDelegationBasis())).toList();
    }

    @Override
    public PolicyData policy() {
        AccessScope scope = currentUser.scope();
        PolicyProfile p = repository.policy(scope.governmentId()).orElseThrow();
        return PolicyForms.view(p, government(scope.governmentId()).getSeat());
    }

    @Override
    public void updatePolicy(PolicyData d) {
        long g = adminGovernment();
        PolicyProfile p = repository.policy(g).orElseThrow();
        ConcurrentEditException.check("policy", p.getVersion(), d.version());
        PolicyForms.apply(p, d);
        government(g).recordSeat(d.seat());
        repository.flush();
    }

    @Override
    public long createAccount(long employeeId, String username, String password) {
        long g = adminGovernment();
        Employee employee = repository.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        String normalised = username.strip().toLowerCase();
        UserAccount.requireAcceptablePassword(password);
        if (accounts.byUsername(normalised).isPresent()) {
            throw new BusinessRuleException("account.usernameTaken", normalised);
        }
        UserAccount account = accounts.add(new UserAccount(government(g), normalised,
                hasher.hash(password.toCharArray()), employee, employee.getName()));
        repository.flush();
        audit.record(ACCOUNT, account.getId(), "account.create", null, "ENABLED", normalised);
        return account.getId();
    }

    @Override
    public void grant(long accountId, Role role) {
        long g = adminGovernment();
        UserAccount account = accounts.byId(g, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!account.getGrants().contains(role)) {
            account.grant(role);
            audit.record(ACCOUNT, accountId, "account.grant", null, role.name(), null);
        }
        repository.flush();
    }

    @Override
    public void revoke(long accountId, Role role) {
        long g = adminGovernment();
        UserAccount account = accounts.byId(g, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.getGrants().contains(role)) {
            account.revoke(role);
            audit.record(ACCOUNT, accountId, "account.revoke", role.name(), null, null);
        }
        repository.flush();
    }

    private static final SubjectType ACCOUNT = SubjectType.ACCOUNT;

    @Override
    public List<AccountView> accounts(long employeeId) {
        long g = adminOrOversightGovernment();
        OffsetDateTime now = OffsetDateTime.now();
        return accounts.byEmployee(g, employeeId).stream()
                .map(a -> new AccountView(a.getId(), a.getUsername(), a.isEnabled(), a.getGrants(), a.isLocked(now)))
                .toList();
    }

    @Override
    public void setAccountEnabled(long accountId, boolean enabled) {
        long g = adminGovernment();
        UserAccount account = accounts.byId(g, accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.isEnabled() != enabled) {
            if (enabled) {
                account.enable();
            } else {
                if (account.getUsername().equals(currentUser.username())) {
                    throw new BusinessRuleException("account.cannotDisableSelf");
                }
                account.disable();
            }
            audit.record(ACCOUNT, accountId, enabled ? "account.enable" : "account.disable",
                    enabled ? "DISABLED" : "ENABLED", enabled ? "ENABLED" : "DISABLED", null);
        }
        repository.flush();
    }

    @Override
    public List<RevisionView> employeeRevisions(long employeeId) {
        long g = adminOrOversightGovernment();
        List<id.sikerja.domain.organisation.EmployeeRevision> revisions = repository.employeeRevisions(g, employeeId);
        List<RevisionView> views = new java.util.ArrayList<>();
        id.sikerja.domain.organisation.EmployeeRevision previous = null;
        for (id.sikerja.domain.organisation.EmployeeRevision r : revisions) {
            views.add(new RevisionView(r.at().atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime(), r.username(), r.kind().name(), r.changedSince(previous), r.name(),
                    r.nip(), r.rankCode(), r.status() == null ? null : r.status().name(), r.email(), r.phone()));
            previous = r;
        }
        java.util.Collections.reverse(views);
        return views;
    }

    private long adminOrOversightGovernment() {
        AccessScope scope = currentUser.scope();
        if (!scope.has(Role.ADMIN) && !scope.has(Role.OVERSIGHT)) {
            throw new id.sikerja.domain.shared.AccessDeniedException("accounts");
        }
        return scope.governmentId();
    }
}
