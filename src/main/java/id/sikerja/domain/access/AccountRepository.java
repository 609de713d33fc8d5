package id.sikerja.domain.access;

import java.util.List;
import java.util.Optional;

/** Persistence of user accounts. Usernames are unique across all governments. */
public interface AccountRepository {

    Optional<UserAccount> byUsername(String username);

    Optional<UserAccount> byId(long governmentId, long id);

    List<UserAccount> byEmployee(long governmentId, long employeeId);

    List<UserAccount> all(long governmentId);

    UserAccount add(UserAccount account);

    long count();
}
