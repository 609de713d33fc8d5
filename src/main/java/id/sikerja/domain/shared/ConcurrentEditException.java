package id.sikerja.domain.shared;

/**
 * Someone else saved the same record after this user loaded it. Nothing of this user's change is
 * written; they reload and apply it again.
 */
public class ConcurrentEditException extends BusinessRuleException {

    public ConcurrentEditException(String what) {
        super("error.conflict", what);
    }

    /** Refuses a write based on a stale copy: optimistic locking across the user's think time. */
    public static void check(String what, int currentVersion, int versionTheUserSaw) {
        if (currentVersion != versionTheUserSaw) {
            throw new ConcurrentEditException(what);
        }
    }
}
