package id.sikerja.interfaces.web;

import id.sikerja.application.Inbox;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The page where a subject of a workflow is seen and its steps are taken. Pages are the web layer's
 * business: the application stores only what a task is about (its subject type and id).
 */
@Named
@ApplicationScoped
public class SubjectPages {

    /** The page of a subject, relative to the application, or null for subjects without one of their own. */
    public static String of(SubjectType type, long id) {
        return switch (type) {
            case SKP -> "/plan/skp.xhtml?id=" + id;
            case AGREEMENT -> "/plan/agreement.xhtml?id=" + id;
            case TEAM -> "/teams/team.xhtml?id=" + id;
            case ASSIGNMENT -> "/work/assignment.xhtml?id=" + id;
            case SECONDMENT -> "/work/secondment.xhtml?id=" + id;
            case VOLUNTEER -> "/work/volunteer.xhtml?id=" + id;
            case NOMINATION -> "/teams/team.xhtml?nomination=" + id;
            case EMPLOYEE -> "/org/employee.xhtml?id=" + id;
            case DIALOGUE, WORK_NEED, LETTER_COUNTER, ACCOUNT, POLICY -> null;
        };
    }

    /** Where an inbox task leads: the page recorded with an older task, else the page of its subject. */
    public String link(Inbox.Item task) {
        if (task.link() != null) {
            return task.link();
        }
        String page = of(task.subjectType(), task.subjectId());
        return page == null ? "/inbox.xhtml" : page;
    }
}
