package id.sikerja.infrastructure.persistence;

import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** JPA implementation of {@link AccountRepository}. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "sikerja")
    private EntityManager em;

    @Override
    public Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from UserAccount a join fetch a.government where a.username = :u",
                UserAccount.class).setParameter("u", username.strip().toLowerCase()).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long governmentId, long id) {
        return em.createQuery("select a from UserAccount a where a.id = :id and a.government.id = :g",
                UserAccount.class).setParameter("id", id).setParameter("g", governmentId).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> byEmployee(long governmentId, long employeeId) {
        return em.createQuery("select a from UserAccount a where a.government.id = :g and a.employee.id = :e "
                + "order by a.username", UserAccount.class)
                .setParameter("g", governmentId).setParameter("e", employeeId).getResultList();
    }

    @Override
    public List<UserAccount> all(long governmentId) {
        return em.createQuery("select a from UserAccount a where a.government.id = :g order by a.username",
                UserAccount.class).setParameter("g", governmentId).getResultList();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
    }
}
