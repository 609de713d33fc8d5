package id.sikerja.domain.workflow;

import java.util.List;
import java.util.Optional;

/** Storage of audit entries, inbox tasks and letter sequences. */
public interface WorkflowRepository {

    void add(AuditEntry entry);

    /** The steps taken on a subject, oldest first. */
    List<AuditEntry> history(long governmentId, SubjectType subjectType, long subjectId);

    void add(InboxTask task);

    /** Writes pending changes now, so constraint violations surface inside the step. */
    void flush();

    /** Open tasks of a subject (any assignee). */
    List<InboxTask> openTasks(long governmentId, SubjectType subjectType, long subjectId);

    /** Open tasks of one person, newest first. */
    List<InboxTask> openTasksOf(long governmentId, long assigneeId);

    long countOpenTasksOf(long governmentId, long assigneeId);

    /** The sequence row locked for update, created when missing. */
    LetterSequence lockSequence(long governmentId, Long departmentId, String kind, int year);

    Optional<LetterSequence> sequence(long governmentId, Long departmentId, String kind, int year);

    /** Every letter counter of a government in a year. */
    List<LetterSequence> sequences(long governmentId, int year);
}
