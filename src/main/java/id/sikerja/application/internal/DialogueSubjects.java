package id.sikerja.application.internal;

import id.sikerja.application.Dialogues.PersonOption;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.assignment.Assignment;
import id.sikerja.domain.assignment.AssignmentRepository;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.planning.PerformanceDialogue;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.TeamRole;
import id.sikerja.domain.team.WorkTeam;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that answers "who is involved in the subject of a performance dialogue" (PermenPANRB 6/2022
 * Pasal 5: the dialogue is between the people whose work it concerns) and who may read its dialogues:
 * <ul>
 *   <li>SKP — its owner, the appraiser and the owner's unit head; read by whoever may see the SKP;</li>
 *   <li>TEAM — the ketua and members, the owner unit's head and the department head (PermenPANRB 6/2022 Pasal 11 and Lampiran on monitoring and feedback:
 *       they monitor, give feedback and receive the team's reports); read also by heads above the owner unit;</li>
 *   <li>ASSIGNMENT — the assignee, whoever appointed and whoever signs the letter, and the assignee's unit head;
 *       read also by heads covering the assignee or the owner unit.</li>
 * </ul>
 * ADMIN, OVERSIGHT and AUTHORITY read every dialogue of their government but record none unless involved.
 * A subject of another government is not found.
 */
@Dependent
public class DialogueSubjects {

    @Inject
    PlanningSupport support;

    @Inject
    OrganisationRepository organisation;

    @Inject
    TeamRepository teams;

    @Inject
    AssignmentRepository assignments;

    /**
     * A subject with the people involved in it (in the order a form offers them) and whether the caller may
     * read its dialogues.
     */
    public record Subject(String type, long id, Map<Long, PersonOption> people, boolean readable) {

        public boolean involves(Long employeeId) {
            return employeeId != null && people.containsKey(employeeId);
        }

        public boolean involvesAll(Collection<Long> employeeIds) {
            return people.keySet().containsAll(employeeIds);
        }

        public List<PersonOption> involved() {
            return List.copyOf(people.values());
        }
    }

    /** The subject as the caller may know it; NotFound for an unknown type or another government's subject. */
    public Subject of(AccessScope scope, String type, long id) {
        if (type == null || !PerformanceDialogue.SUBJECT_TYPES.contains(type)) {
            throw new BusinessRuleException("dialogue.subjectInvalid");
        }
        return switch (type) {
            case "SKP" -> skp(scope, id);
            case "TEAM" -> team(scope, id);
            case "ASSIGNMENT" -> assignment(scope, id);
            default -> throw new IllegalStateException(type);
        };
    }

    private Subject skp(AccessScope scope, long id) {
        long g = scope.governmentId();
        Skp s = support.visibleSkp(scope, id); // refuses whoever may not see the SKP
        Map<Long, PersonOption> people = new LinkedHashMap<>();
        people.put(s.getEmployeeId(), new PersonOption(s.getEmployeeId(), s.getEmployee().name(), "OWNER"));
        if (s.getAppraiserId() != null) {
            people.putIfAbsent(s.getAppraiserId(), new PersonOption(s.getAppraiserId(), s.getAppraiser().name(),
                    "APPRAISER"));
        }
        Employee owner = support.employee(g, s.getEmployeeId());
        unitHeadOf(g, owner).ifPresent(h -> people.putIfAbsent(h.getId(), person(h, "UNIT_HEAD")));
        return new Subject("SKP", id, people, true);
    }

    private Subject team(AccessScope scope, long id) {
        long g = scope.governmentId();
        WorkTeam team = teams.team(g, id).orElseThrow(() -> new NotFoundException("team", id));
        Map<Long, PersonOption> people = new LinkedHashMap<>();
        team.getMembers().stream()
                .sorted(Comparator.comparing((TeamMember m) -> m.getRole() != TeamRole.LEAD))
                .forEach(m -> people.putIfAbsent(m.getEmployee().getId(), person(m.getEmployee(), m.getRole().name())));
        OrgUnit owner = team.getOwnerUnit();
        head(g, owner).ifPresent(h -> people.putIfAbsent(h.getId(), person(h, "UNIT_HEAD")));
        head(g, root(owner)).ifPresent(h -> people.putIfAbsent(h.getId(), person(h, "DEPARTMENT_HEAD")));
        boolean readable = scope.seesWholeGovernment() || people.containsKey(scope.employeeId())
                || heads(scope, owner.getPath());
        return new Subject("TEAM", id, people, readable);
    }

    private Subject assignment(AccessScope scope, long id) {
        long g = scope.governmentId();
        Assignment a = assignments.assignment(g, id).orElseThrow(() -> new NotFoundException("assignment", id));
        Employee assignee = a.getEmployee();
        Map<Long, PersonOption> people = new LinkedHashMap<>();
        people.put(assignee.getId(), person(assignee, "ASSIGNEE"));
        people.putIfAbsent(a.getAppointedBy().getId(), person(a.getAppointedBy(), "APPOINTER"));
        a.getProposedTo().ifPresent(x -> people.putIfAbsent(x.getId(), person(x, "ACCEPTOR")));
        people.putIfAbsent(a.getSigner().getId(), person(a.getSigner(), "SIGNER"));
        unitHeadOf(g, assignee).ifPresent(h -> people.putIfAbsent(h.getId(), person(h, "UNIT_HEAD")));
        String assigneePath = assignee.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getPath())
                .orElse(null);
        boolean readable = people.containsKey(scope.employeeId())
                || scope.coversEmployee(g, assignee.getId(), assigneePath)
                || heads(scope, a.getOwnerUnit().getPath());
        return new Subject("ASSIGNMENT", id, people, readable);
    }

    /** The unit head of a placed employee as the appraiser derivation names it; none when not placed today. */
    private Optional<Employee> unitHeadOf(long g, Employee e) {
        if (e.placementOn(LocalDate.now()).isEmpty()) {
            return Optional.empty();
        }
        AppraisalResult r = support.derive(g, e, LocalDate.now());
        return Optional.ofNullable(r.unitHead());
    }

    private Optional<Employee> head(long g, OrgUnit unit) {
        return organisation.headPosition(g, unit.getId())
                .flatMap(p -> organisation.holders(g, p.getId(), LocalDate.now()).stream().findFirst());
    }

    private static OrgUnit root(OrgUnit unit) {
        OrgUnit u = unit;
        while (!u.isRoot()) {
            u = u.getParent();
        }
        return u;
    }

    private static boolean heads(AccessScope scope, String path) {
        return scope.headedPaths().stream().anyMatch(path::startsWith);
    }

    private static PersonOption person(Employee e, String role) {
        return new PersonOption(e.getId(), e.getName(), role);
    }
}
