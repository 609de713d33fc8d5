package id.sikerja.application.internal;

import id.sikerja.application.Assignments.AssignmentRow;
import id.sikerja.application.Assignments.PersonOption;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.LetterNumbers;
import id.sikerja.application.OfficialDocument;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.WorkflowSteps;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.assignment.SecondmentRequest;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the assignment, secondment and volunteering services share: who holds which office today, who
 * may see an assignment or a request, and how an assignment's letter is issued. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class AssignmentSupport {

    @Inject
    CurrentUser currentUser;

    @Inject
    AssignmentRepository repository;

    @Inject
    OrganisationRepository organisation;

    @Inject
    AppraisalService appraisals;

    @Inject
    WorkflowSteps steps;

    @Inject
    LetterNumbers letterNumbers;

    @Inject
    DocumentArchive archive;

    @Inject
    AssignmentLetters letters;

    private static final String LETTER = "LETTER";

    // ---- letters

    /** The letter goes to its signer's inbox, and is signed at once when the one who assigns is the signer. */
    void awaitSignature(Assignment a, Employee me) {
        steps.started(a, "assignment.appoint", null);
        if (a.getSigner().equals(me)) {
            issue(scope -> a, a.getVersion());
        }
    }

    /**
     * The signer signs: the letter gets the next number of the signer's department and today's date, and is kept
     * as signed.
     */
    void issue(Function<AccessScope, Assignment> visible, int version) {
        LocalDate today = LocalDate.now();
        Assignment a = visible.apply(currentUser.scope());
        String number = letterNumbers.next(a.getSigner().placementOn(today).map(p -> p.getPosition().getUnit()
                        .getDepartment().getId()).orElse(a.getOwnerUnit().getDepartment().getId()),
                Assignment.letterCode(a.getLetterKind()), today);
        steps.take(visible, version, "assignment.sign", number, (x, me) -> x.sign(me, number, today));
        repository.flush();
        long g = currentUser.scope().governmentId();
        archive.issue(g, SubjectType.ASSIGNMENT, a.getId(), LETTER, number, today, letterOf(g, a));
    }

    /** The Surat Tugas (or Keputusan, Surat Perintah Tugas) of an issued assignment, as it was signed. */
    byte[] letterPdf(long g, Assignment a) {
        return archive.open(g, SubjectType.ASSIGNMENT, a.getId(), LETTER, a.getLetterNumber(), a.getLetterDate(),
                () -> letterOf(g, a));
    }

    private OfficialDocument letterOf(long g, Assignment a) {
        return letters.assignmentLetter(a, policy(g).isAssignmentLetterFormOnly());
    }

    // ---- visibility

    /**
     * Who sees an assignment: the person, who appointed or proposed it, the official a proposal went to, who signs,
     * heads above it, the whole-government roles.
     */
    Assignment visibleAssignment(AccessScope scope, long id) {
        long g = scope.governmentId();
        Assignment a = repository.assignment(g, id).orElseThrow(() -> new NotFoundException("assignment", id));
        Long me = scope.employeeId();
        boolean involved = me != null && (me.equals(a.getEmployee().getId()) || me.equals(a.getAppointedBy().getId())
                || me.equals(a.getSigner().getId()) || a.getProposedTo().map(x -> me.equals(x.getId())).orElse(false));
        String personPath = a.getEmployee().placementOn(LocalDate.now())
                .map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        if (!involved && !scope.coversEmployee(g, a.getEmployee().getId(), personPath)
                && !scope.headedPaths().stream().anyMatch(a.getOwnerUnit().getPath()::startsWith)
                && !(a.getSecondmentId() != null && me != null && involvedInSecondment(scope, a.getSecondmentId()))) {
            throw new AccessDeniedException("assignment");
        }
        return a;
    }

    private boolean involvedInSecondment(AccessScope scope, long secondmentId) {
        return repository.secondment(scope.governmentId(), secondmentId).map(s -> mayView(scope, s)).orElse(false);
    }

    /**
     * Who sees a request: whoever takes or took a step, heads of the units on either side (and above), and
     * the whole-government roles (admin, oversight, the authorities Sekda and Kepala Daerah).
     */
    boolean mayView(AccessScope scope, SecondmentRequest s) {
        Long me = scope.employeeId();
        if (scope.seesWholeGovernment()) {
            return true;
        }
        if (me != null && (me.equals(s.getRequester().getId()) || me.equals(s.getAwaitingId())
                || me.equals(s.getRequestSignerId()) || me.equals(s.getRecommenderId())
                || me.equals(s.getAnswerSignerId()))) {
            return true;
        }
        return scope.headedPaths().stream().anyMatch(p -> s.getRequestingUnit().getPath().startsWith(p)
                || s.getTargetUnit().getPath().startsWith(p));
    }

    // ---- people and offices

    AssignmentRow row(Assignment a) {
        return new AssignmentRow(a.getId(), a.getEmployee().getName(), a.getOwnerUnit().getName(), a.getRole(),
                a.getRoleDetail(), a.getMode(), a.getScope(), a.getStatus(), a.getStartDate(), a.getEndDate(),
                a.getLetterNumber(), a.isRoutine(), a.getSigner().getName());
    }

    Employee me(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("assignment");
        }
        return organisation.employee(scope.governmentId(), scope.employeeId())
                .orElseThrow(() -> new AccessDeniedException("assignment"));
    }

    Employee employee(long g, Long id) {
        return organisation.employee(g, id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    String name(long g, Long id) {
        return id == null ? null : organisation.employee(g, id).map(Employee::getName).orElse(null);
    }

    PolicyProfile policy(long g) {
        return organisation.policy(g).orElseThrow(() -> new NotFoundException("policy", g));
    }

    static boolean isRegionalHead(Employee e) {
        return e.placementOn(LocalDate.now())
                .map(p -> p.getPosition().getPositionClass() == PositionClass.KEPALA_DAERAH).orElse(false);
    }

    static OrgUnit root(OrgUnit unit) {
        OrgUnit u = unit;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u;
    }

    Long departmentOf(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getDepartment().getId()).orElse(null);
    }

    Optional<Employee> headOf(long g, OrgUnit unit) {
        return organisation.headPosition(g, unit.getId())
                .flatMap(p -> organisation.holders(g, p.getId(), LocalDate.now()).stream().findFirst());
    }

    Optional<Employee> headOfDepartmentType(long g, UnitType type) {
        return organisation.rootUnits(g).stream().filter(u -> u.getDepartment().getType() == type).findFirst()
                .flatMap(u -> headOf(g, u));
    }

    Optional<Employee> appraiserOf(long g, Employee e) {
        return appraisals.session(g).derive(e, LocalDate.now()).appraiserIfKnown();
    }

    /** Tembusan: the given authorities and the person's appraiser, without the signer (KU Lampiran I B.a.3)e)). */
    List<String> copiesFor(long g, Employee person, Employee signer, List<String> authorities) {
        Set<String> copies = new LinkedHashSet<>(authorities);
        copies.remove(office(signer));
        appraiserOf(g, person).filter(x -> !x.equals(signer)).ifPresent(x -> copies.add(office(x)));
        return List.copyOf(copies);
    }

    /** The office a person holds today, as named on letters ("Kepala Dinas ..."). */
    String office(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getTitle()).orElse(e.getName());
    }

    PersonOption person(Placement p) {
        Employee e = p.getEmployee();
        return new PersonOption(e.getId(), e.getName(), nip(e), p.getPosition().getTitle(),
                p.getPosition().getUnit().getName());
    }

    static String nip(Employee e) {
        return e.getNip() == null ? null : e.getNip().formatted();
    }
}
