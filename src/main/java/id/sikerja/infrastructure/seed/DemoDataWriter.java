package id.sikerja.infrastructure.seed;

import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Rank;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/** Persists one built government with its demo logins, in a transaction of its own. */
@Stateless
public class DemoDataWriter {

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(GovernmentSeed seed, Set<String> usedNips, String passwordHash) {
        GovernmentBuilder.Built built = GovernmentBuilder.build(seed, code -> em.find(Rank.class, code), usedNips);
        em.persist(built.government());
        em.persist(built.policy());
        built.departments().forEach(em::persist);
        built.units().forEach(em::persist);
        built.positions().forEach(em::persist);
        built.employees().forEach(em::persist);
        built.rules().forEach(em::persist);
        for (GovernmentSeed.Login login : seed.logins()) {
            Employee employee = built.loginEmployees().get(login.username());
            UserAccount account = new UserAccount(built.government(), login.username(), passwordHash, employee,
                    employee.getName());
            login.grants().stream().map(Role::valueOf).forEach(account::grant);
            em.persist(account);
        }
        em.flush();
        return built.employees().size();
    }

    public boolean databaseIsEmpty() {
        return em.createQuery("select count(g) from Government g", Long.class).getSingleResult() == 0;
    }

    public List<String[]> demoLogins() {
        return em.createQuery("select a.username, a.displayName, g.shortName from UserAccount a join a.government g "
                + "order by g.shortName, a.username", Object[].class).getResultList().stream()
                .map(r -> new String[] {(String) r[0], (String) r[1], (String) r[2]}).toList();
    }
}
