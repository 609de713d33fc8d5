package id.sikerja.application;

import id.sikerja.domain.access.AccessScope;

/** The signed-in user of the current request, and what they may see. */
public interface CurrentUser {

    /** The username, or null when nobody is signed in. */
    String username();

    /** The caller's scope; throws AccessDeniedException when nobody is signed in. */
    AccessScope scope();
}
