package id.sikerja.application;

import id.sikerja.domain.workflow.SubjectType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The steps waiting for a person. A workflow service opens a task for whoever must act next and
 * closes the subject's open tasks when the step is taken, in the same transaction as the step.
 */
public interface Inbox {

    /**
     * Puts a step into the inbox of one employee of the caller's government.
     *
     * @param action message-key suffix shown as {@code inbox.action.<action>}, e.g. {@code skp.approve}
     * @param title  what it is about, e.g. "SKP 2026 — Siti Rahma"
     * @param link   page where the step is taken, e.g. {@code /plan/skp.xhtml?id=12}
     */
    void open(long assigneeEmployeeId, SubjectType subjectType, long subjectId, String action, String title, String link);

    /** Marks every open task of the subject done by the caller (the step was taken). */
    void closeAll(SubjectType subjectType, long subjectId);

    /** The caller's open tasks, newest first. Empty for an account without an employee. */
    List<Item> mine();

    /** How many open tasks the caller has (for the menu badge). */
    long countMine();

    /** Open tasks of a subject, for showing who must act next. */
    List<Item> waitingOn(SubjectType subjectType, long subjectId);

    record Item(long id, SubjectType subjectType, long subjectId, String action, String title, String link,
                OffsetDateTime openedAt, long assigneeId, String assigneeName) {
    }
}
