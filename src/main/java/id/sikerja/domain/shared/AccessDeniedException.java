package id.sikerja.domain.shared;

/** The caller is known and the thing exists in their scope, but the action is not theirs to take. */
public class AccessDeniedException extends BusinessRuleException {

    public AccessDeniedException(String action) {
        super("error.accessDenied", action);
    }
}
