package id.sikerja.domain.shared;

/**
 * The thing asked for does not exist — or exists outside the caller's scope, which must look the
 * same to the caller so that ids of other governments or other people's records leak nothing.
 */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
