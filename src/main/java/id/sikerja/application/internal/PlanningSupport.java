package id.sikerja.application.internal;

import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.planning.Indicator;
import id.sikerja.domain.planning.PerformanceAgreement;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpForm;
import id.sikerja.domain.planning.SuperiorPlan;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Organisation facts the planning services need: who the caller is, their placement and appraiser
 * (the existing derivation), the document snapshot of a person, the regional head, and the people
 * directly below a head; and who may see an SKP or an agreement, and change an agreement.
 */
@Dependent
public class PlanningSupport {

    @Inject
    OrganisationRepository organisation;

    @Inject
    AppraisalService appraisals;

    @Inject
    PlanningRepository planning;

    /** The caller's employee record; accounts without one have no SKP or agreement. */
    Employee me(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return employee(scope.governmentId(), scope.employeeId());
    }

    public Employee employee(long governmentId, long id) {
        return organisation.employee(governmentId, id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    public Placement placement(Employee e, LocalDate on) {
        return e.placementOn(on).orElseThrow(() -> new BusinessRuleException("plan.notPlaced", e.getName()));
    }

    public PolicyProfile policy(long governmentId) {
        return organisation.policy(governmentId).orElseThrow(() -> new NotFoundException("policy", governmentId));
    }

    public AppraisalResult derive(long governmentId, Employee e, LocalDate on) {
        return appraisals.session(governmentId).derive(e, on);
    }

    /** Name, NIP, rank, position and unit as printed in an SKP header. */
    Skp.Party party(Employee e, LocalDate on) {
        Optional<Placement> p = e.placementOn(on);
        return new Skp.Party(e.getName(), e.getNip() == null ? null : e.getNip().value(),
                e.getRank() == null ? null : e.getRank().getLabel(),
                p.map(x -> x.getPosition().getTitle()).orElse(null),
                p.map(x -> x.getPosition().getUnit().getName()).orElse(null));
    }

    /**
     * A new SKP for an employee whose period begins on {@code start}; header and appraiser are those of
     * today (the SKP is drafted now, with the appraiser who will approve it).
     */
    public Skp newSkp(long governmentId, Employee e, LocalDate start) {
        LocalDate today = LocalDate.now();
        Placement placement = placement(e, today);
        AppraisalResult r = derive(governmentId, e, today);
        Employee appraiser = r.appraiserIfKnown().orElse(null);
        Position position = placement.getPosition();
        return new Skp(governmentId, e.getId(), party(e, today), appraiser == null ? null : appraiser.getId(),
                appraiser == null ? null : party(appraiser, today), position.getUnit().getId(),
                position.getUnit().getDepartment().getId(), SkpForm.of(position.getPositionClass()), start);
    }

    /**
     * Whose work an employee's SKP may support (PermenPANRB 6/2022 Lampiran "Cascading"): the appraiser (the SKP's, or the one
     * derived today when none is given) and the employee's unit head, never the employee.
     */
    public Set<Long> superiorsOf(long governmentId, Employee owner, Long appraiserId) {
        Set<Long> superiors = new LinkedHashSet<>();
        LocalDate today = LocalDate.now();
        AppraisalResult r = owner.placementOn(today).isPresent() ? derive(governmentId, owner, today) : null;
        Long appraiser = appraiserId != null ? appraiserId
                : r == null ? null : r.appraiserIfKnown().map(Employee::getId).orElse(null);
        if (appraiser != null) {
            superiors.add(appraiser);
        }
        if (r != null && r.unitHead() != null && !r.unitHead().getId().equals(owner.getId())) {
            superiors.add(r.unitHead().getId());
        }
        return superiors;
    }

    /** Whether the employee heads the root unit of a department (not the regional head's own office). */
    public boolean headsDepartment(Placement p) {
        Position pos = p.getPosition();
        return pos.isHeadsUnit() && pos.getUnit().isRoot()
                && pos.getUnit().getDepartment().getType() != UnitType.KEPALA_DAERAH;
    }

    /** The Bupati/Walikota in office, if any. */
    public Long regionalHeadId(long governmentId, LocalDate on) {
        return organisation.activePlacementsOfClass(governmentId, PositionClass.KEPALA_DAERAH, on).stream()
                .map(p -> p.getEmployee().getId()).findFirst().orElse(null);
    }

    /**
     * The people directly below a head: placed in the head's unit subtree and appraised by the head
     * or receiving work from them as unit head (sub-unit heads, team leads, functional staff).
     */
    public List<Placement> directReports(long governmentId, Employee head, LocalDate on) {
        Placement own = placement(head, on);
        String path = own.getPosition().getUnit().getPath();
        AppraisalService.Session session = appraisals.session(governmentId);
        List<Placement> result = new ArrayList<>();
        // Only the head's subtree is loaded: a whole government's placements would also make every
        // later flush of the transaction dirty-check thousands of entities.
        for (Placement p : organisation.activePlacementsUnder(governmentId, path, on)) {
            if (p.getEmployee().equals(head) || !p.getPosition().getUnit().getPath().startsWith(path)) {
                continue;
            }
            AppraisalResult r = session.derive(p.getEmployee(), on);
            Long appraiser = r.appraiserIfKnown().map(Employee::getId).orElse(null);
            Long unitHead = r.unitHead() == null ? null : r.unitHead().getId();
            if (Objects.equals(appraiser, head.getId()) || Objects.equals(unitHead, head.getId())) {
                result.add(p);
            }
        }
        result.sort((a, b) -> a.getEmployee().getName().compareToIgnoreCase(b.getEmployee().getName()));
        return result;
    }
    /**
     * The SKP if the caller may see it ({@link #maySee(AccessScope, Skp)}). Other governments' SKPs are not found.
     */
    Skp visibleSkp(AccessScope scope, long id) {
        Skp s = planning.skp(scope.governmentId(), id).orElseThrow(() -> new NotFoundException("skp", id));
        if (!maySee(scope, s)) {
            throw new AccessDeniedException("skp");
        }
        return s;
    }

    /**
     * Who may see an SKP of the caller's government: its owner, its appraiser, a head whose subtree holds
     * the owner, ADMIN/OVERSIGHT/AUTHORITY. The one rule for the SKP page and every list or lineage showing one.
     */
    boolean maySee(AccessScope scope, Skp s) {
        if (s.getGovernmentId() != scope.governmentId()) {
            return false;
        }
        if (scope.seesWholeGovernment() || Long.valueOf(s.getEmployeeId()).equals(scope.employeeId())
                || s.getAppraiserId() != null && s.getAppraiserId().equals(scope.employeeId())) {
            return true;
        }
        return coversOwner(scope, s.getEmployeeId());
    }

    /**
     * The agreement if the caller may see it ({@link #maySee(AccessScope, PerformanceAgreement)}); other
     * governments: not found.
     */
    PerformanceAgreement visibleAgreement(AccessScope scope, long id) {
        PerformanceAgreement a = planning.agreement(scope.governmentId(), id)
                .orElseThrow(() -> new NotFoundException("agreement", id));
        if (!maySee(scope, a)) {
            throw new AccessDeniedException("agreement");
        }
        return a;
    }

    /**
     * Who may see an agreement of the caller's government: owner, approver, the people of the agreement's
     * unit, a head covering the owner, or the whole-government roles. The one rule for the agreement page and
     * every lineage showing one.
     */
    boolean maySee(AccessScope scope, PerformanceAgreement a) {
        if (a.getGovernmentId() != scope.governmentId()) {
            return false;
        }
        Long me = scope.employeeId();
        if (scope.seesWholeGovernment() || me != null && (me == a.getOwnerId() || me.equals(a.getApproverId()))) {
            return true;
        }
        // the people of the agreement's unit see the commitments their results cascade from
        String unitPath = organisation.unit(scope.governmentId(), a.getUnitId()).map(OrgUnit::getPath).orElse(null);
        if (unitPath != null && scope.ownUnitPath() != null && scope.ownUnitPath().startsWith(unitPath)) {
            return true;
        }
        return coversOwner(scope, a.getOwnerId());
    }

    /** Whether the caller's scope (a head's subtree) holds the employee where they are placed today. */
    private boolean coversOwner(AccessScope scope, long ownerId) {
        Employee owner = employee(scope.governmentId(), ownerId);
        String path = owner.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        return scope.coversEmployee(scope.governmentId(), owner.getId(), path);
    }

    /**
     * The people above an agreement's owner whose agreements its indicators may serve: the owner's superiors
     * ({@link #superiorsOf}), the one who signs it, and for a department head the regional head.
     */
    public SuperiorPlan superiorPlan(long governmentId, PerformanceAgreement a) {
        Employee owner = employee(governmentId, a.getOwnerId());
        Set<Long> superiors = new LinkedHashSet<>(superiorsOf(governmentId, owner, null));
        if (a.getApproverId() != null) {
            superiors.add(a.getApproverId());
        }
        Optional<Placement> p = owner.placementOn(LocalDate.now());
        if (p.isPresent() && headsDepartment(p.get())) {
            Long head = regionalHeadId(governmentId, LocalDate.now());
            if (head != null) {
                superiors.add(head);
            }
        }
        superiors.remove(a.getOwnerId());
        Set<Long> ids = Set.copyOf(superiors);
        return new SuperiorPlan() {
            @Override
            public Set<Long> superiorIds() {
                return ids;
            }

            @Override
            public Optional<Indicator> indicator(long id) {
                return planning.indicator(governmentId, id);
            }
        };
    }

    /** Only the agreement's owner edits, amends and cascades it. */
    static void requireOwner(AccessScope scope, PerformanceAgreement a) {
        if (scope.employeeId() == null || scope.employeeId() != a.getOwnerId()) {
            throw new AccessDeniedException("agreement.edit");
        }
    }
}
