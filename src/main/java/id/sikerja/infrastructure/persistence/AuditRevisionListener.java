package id.sikerja.infrastructure.persistence;

import id.sikerja.application.CurrentUser;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user; changes made by the system itself (demo load) say "system". */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentUsername());
    }

    private static String currentUsername() {
        try {
            String username = CDI.current().select(CurrentUser.class).get().username();
            return username == null ? SYSTEM : username;
        } catch (ContextNotActiveException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}
