package id.sikerja.application.internal;

import id.sikerja.application.ContentTypes;
import id.sikerja.application.CurrentUser;
import id.sikerja.application.WorkLogs;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.execution.Evidence;
import id.sikerja.domain.execution.EvidenceRules;
import id.sikerja.domain.execution.ExecutionRepository;
import id.sikerja.domain.execution.WorkLog;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.planning.PlanningRepository;
import id.sikerja.domain.planning.Skp;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkResult;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.WorkTeam;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link WorkLogs}: every read checks {@link WorkLog#visibleTo}, every change {@link WorkLog#requireAuthor}. */
@Stateless
public class WorkLogsBean implements WorkLogs {

    private static final int LIST_LIMIT = 100;
    private static final int DETECT_BYTES = 64 * 1024;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExecutionRepository repository;

    @Inject
    OrganisationRepository organisation;

    @Inject
    PlanningRepository planning;

    @Inject
    TeamRepository teams;

    @Inject
    ContentTypes contentTypes;

    @Inject
    EvidenceRules rules;

    @Override
    public List<LogRow> mine() {
        AccessScope scope = currentUser.scope();
        long me = requireEmployee(scope);
        Map<Long, WorkLog> logs = new java.util.LinkedHashMap<>();
        repository.logsOf(scope.governmentId(), me, LIST_LIMIT).forEach(l -> logs.put(l.getId(), l));
        repository.logsWith(scope.governmentId(), me, LIST_LIMIT).forEach(l -> logs.putIfAbsent(l.getId(), l));
        List<WorkLog> sorted = logs.values().stream().sorted(Comparator.comparing(WorkLog::getWorkDate)
                .thenComparing(WorkLog::getId).reversed()).limit(LIST_LIMIT).toList();
        return rows(sorted, me);
    }

    @Override
    public List<LogRow> of(long employeeId) {
        AccessScope scope = currentUser.scope();
        long g = scope.governmentId();
        Employee e = organisation.employee(g, employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        List<WorkLog> visible = repository.logsOf(g, e.getId(), LIST_LIMIT).stream()
                .filter(l -> mayView(scope, l)).toList();
        if (visible.isEmpty() && !scope.coversEmployee(g, employeeId, pathOf(e))) {
            throw new AccessDeniedException("worklog");
        }
        return rows(visible, scope.employeeId() == null ? -1 : scope.employeeId());
    }

    @Override
    public long record(NewLog data) {
        AccessScope scope = currentUser.scope();
        Employee me = employee(scope);
        WorkLog log = new WorkLog(me, entry(scope, me, data), LocalDate.now());
        repository.add(log);
        repository.flush();
        return log.getId();
    }

    @Override
    public void revise(long id, int version, NewLog data) {
        AccessScope scope = currentUser.scope();
        Employee me = employee(scope);
        WorkLog log = own(scope, id, version);
        log.revise(me.getId(), entry(scope, me, data), LocalDate.now());
        repository.flush();
    }

    @Override
    public void remove(long id, int version) {
        AccessScope scope = currentUser.scope();
        repository.remove(own(scope, id, version));
        repository.flush();
    }

    @Override
    public long attach(long logId, String fileName, long size, Upload content) {
        AccessScope scope = currentUser.scope();
        WorkLog log = repository.log(scope.governmentId(), logId).orElseThrow(() -> new NotFoundException("worklog", logId));
        log.requireAuthor(requireEmployee(scope));
        if (size > rules.maxBytes()) {
            rules.check(fileName, size, null, Set.of()); // refused for its size before a byte is read
        }
        Checked checked;
        try (InputStream in = content.open()) {
            checked = check(in);
        } catch (IOException e) {
            throw new BusinessRuleException("evidence.unreadable");
        }
        rules.check(fileName, checked.size(), checked.type().mediaType(), checked.type().extensions());
        try {
            InputStream in = content.open();
            Evidence evidence = new Evidence(log, fileName, checked.type().mediaType(), checked.size(), checked.sha256(),
                    repository.blobOf(in, checked.size()));
            repository.add(evidence);
            repository.flush();
            in.close();
            return evidence.getId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Checked(ContentTypes.Detected type, long size, String sha256) {
    }

    /** One pass over the upload: the type from its first bytes, then its length and digest. */
    private Checked check(InputStream raw) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        BufferedInputStream in = new BufferedInputStream(new DigestInputStream(raw, digest), DETECT_BYTES);
        in.mark(DETECT_BYTES);
        ContentTypes.Detected type = contentTypes.detect(in);
        in.reset();
        long size = 0;
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            if (size > rules.maxBytes()) {
                break;
            }
        }
        return new Checked(type, size, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public EvidenceFile evidence(long id) {
        Evidence e = visibleEvidence(currentUser.scope(), id);
        return file(e);
    }

    @Override
    public void copyEvidence(long id, OutputStream out) throws IOException {
        Evidence e = visibleEvidence(currentUser.scope(), id);
        try (InputStream in = e.getContent().getBinaryStream()) {
            in.transferTo(out);
        } catch (SQLException ex) {
            throw new IOException("evidence " + id + " could not be read", ex);
        }
    }

    @Override
    public Choices choices() {
        AccessScope scope = currentUser.scope();
        long me = requireEmployee(scope);
        LocalDate today = LocalDate.now();
        List<Option> results = new ArrayList<>();
        for (Skp skp : planning.skpsOf(scope.governmentId(), me)) {
            if (skp.getYear() == today.getYear() && skp.getState() != SkpState.CLOSED) {
                skp.getResults().forEach(r -> results.add(new Option(r.getId(), r.getText())));
            }
        }
        List<Option> teamOptions = myTeams(scope.governmentId(), me, today).stream()
                .map(t -> new Option(t.getId(), t.getName())).toList();
        return new Choices(results, teamOptions);
    }

    @Override
    public List<Person> people(String text) {
        AccessScope scope = currentUser.scope();
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisation.searchActivePlacements(scope.governmentId(), text.strip(), false, null, null,
                        LocalDate.now(), 20).stream()
                .filter(p -> !Objects.equals(p.getEmployee().getId(), scope.employeeId()))
                .map(p -> new Person(p.getEmployee().getId(), p.getEmployee().getName(),
                        p.getPosition().getUnit().getName())).toList();
    }

    // ---- rules and lookups

    private WorkLog.Entry entry(AccessScope scope, Employee me, NewLog data) {
        long g = scope.governmentId();
        LocalDate date = data.date();
        WorkResult result = null;
        if (data.resultId() != null) {
            result = planning.skpsOf(g, me.getId()).stream()
                    .filter(s -> date == null || s.getYear() == date.getYear())
                    .flatMap(s -> s.getResults().stream()).filter(r -> data.resultId().equals(r.getId()))
                    .findFirst().orElse(null);
        }
        WorkTeam team = null;
        if (data.teamId() != null) {
            team = myTeams(g, me.getId(), date == null ? LocalDate.now() : date).stream()
                    .filter(t -> data.teamId().equals(t.getId())).findFirst().orElse(null);
        }
        WorkLog.checkServes(result != null, data.resultId() != null, team != null, data.teamId() != null);
        Set<Employee> people = new LinkedHashSet<>();
        for (Long id : data.collaboratorIds() == null ? List.<Long>of() : data.collaboratorIds()) {
            people.add(organisation.employee(g, id).orElseThrow(() -> new BusinessRuleException("worklog.collaboratorUnknown")));
        }
        return new WorkLog.Entry(date, data.description(), result, team, data.quantity(), data.unit(), people);
    }

    /** Teams the employee leads or is a member of, active on the day. */
    private List<WorkTeam> myTeams(long g, long employeeId, LocalDate day) {
        Map<Long, WorkTeam> found = new java.util.LinkedHashMap<>();
        teams.activeTeamsLedBy(g, employeeId).forEach(t -> found.put(t.getId(), t));
        teams.teamsWithMember(g, employeeId).forEach(t -> found.putIfAbsent(t.getId(), t));
        return found.values().stream().filter(WorkTeam::isActive)
                .filter(t -> !day.isBefore(t.getStartDate()) && (t.getEndDate() == null || !day.isAfter(t.getEndDate())))
                .toList();
    }

    private WorkLog own(AccessScope scope, long id, int version) {
        WorkLog log = repository.log(scope.governmentId(), id).orElseThrow(() -> new NotFoundException("worklog", id));
        log.requireAuthor(requireEmployee(scope));
        ConcurrentEditException.check("worklog", log.getVersion(), version);
        return log;
    }

    private boolean mayView(AccessScope scope, WorkLog log) {
        Long lead = log.getTeam() == null ? null
                : log.getTeam().lead().map(m -> m.getEmployee().getId()).orElse(null);
        return log.visibleTo(scope, pathOf(log.getEmployee()), lead);
    }

    private Evidence visibleEvidence(AccessScope scope, long id) {
        Evidence e = repository.evidence(scope.governmentId(), id).orElseThrow(() -> new NotFoundException("evidence", id));
        if (!mayView(scope, e.getWorkLog())) {
            throw new AccessDeniedException("evidence");
        }
        return e;
    }

    private static String pathOf(Employee e) {
        return e.placementOn(LocalDate.now()).map(p -> p.getPosition().getUnit().getPath()).orElse(null);
    }

    private List<LogRow> rows(List<WorkLog> logs, long me) {
        Map<Long, List<EvidenceFile>> files = repository.evidenceOf(logs.stream().map(WorkLog::getId).toList()).stream()
                .collect(Collectors.groupingBy(e -> e.getWorkLog().getId(), Collectors.mapping(WorkLogsBean::file,
                        Collectors.toList())));
        return logs.stream().map(l -> new LogRow(l.getId(), l.getVersion(), l.getWorkDate(), l.getEmployee().getName(),
                l.getEmployee().getId(), l.getDescription(),
                Optional.ofNullable(l.getWorkResult()).map(WorkResult::getText).orElse(null),
                Optional.ofNullable(l.getTeam()).map(WorkTeam::getName).orElse(null), l.getQuantity(),
                l.getQuantityUnit(), l.getCollaborators().stream().map(Employee::getName).sorted().toList(),
                files.getOrDefault(l.getId(), List.of()), l.getEmployee().getId() == me)).toList();
    }

    private static EvidenceFile file(Evidence e) {
        return new EvidenceFile(e.getId(), e.getFileName(), e.getMediaType(), e.getSizeBytes(), e.getSha256());
    }

    private Employee employee(AccessScope scope) {
        long me = requireEmployee(scope);
        return organisation.employee(scope.governmentId(), me).orElseThrow(() -> new NotFoundException("employee", me));
    }

    private static long requireEmployee(AccessScope scope) {
        if (scope.employeeId() == null) {
            throw new AccessDeniedException("plan.noEmployee");
        }
        return scope.employeeId();
    }
}
