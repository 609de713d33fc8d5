package id.sikerja.it;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.application.AuditTrail;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.AccountView;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.shared.NotFoundException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.infrastructure.security.LoginService;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personnel office gives people accounts and hand-granted roles; every change is audited and scoped. */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(AccountAdministrationIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationAdministration administration;

    @Inject
    AuditTrail audit;

    @Inject
    LoginService login;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void anAccountIsCreatedGrantedRevokedAndEveryStepIsAudited() {
        currentUser.runAs("jombang.admin");
        long employee = administration.createEmployee(ItSupport.pns(em, "Calon Ketua Tim", "III/c"));
        String username = ItSupport.uniqueUsername("it.ketua.");
        long account = administration.createAccount(employee, username, "rahasia-ketua-1");

        administration.grant(account, Role.TEAM_LEAD);
        administration.grant(account, Role.TEAM_LEAD); // granting twice changes nothing
        AccountView view = administration.accounts(employee).get(0);
        assertEquals(username, view.username());
        assertEquals(Set.of(Role.TEAM_LEAD), view.grants());
        assertTrue(view.enabled());

        administration.revoke(account, Role.TEAM_LEAD);
        administration.setAccountEnabled(account, false);
        assertTrue(administration.accounts(employee).get(0).grants().isEmpty());
        assertFalse(administration.accounts(employee).get(0).enabled());

        List<String> steps = audit.history(SubjectType.ACCOUNT, account).stream().map(AuditTrail.Entry::action).toList();
        assertEquals(List.of("account.create", "account.grant", "account.revoke", "account.disable"), steps);
        assertTrue(audit.history(SubjectType.ACCOUNT, account).stream().allMatch(e -> "jombang.admin".equals(e.actorUsername())));
    }

    @Test
    void aPlacementRoleCannotBeGrantedByHandAndNothingChanges() {
        currentUser.runAs("jombang.admin");
        long employee = administration.createEmployee(ItSupport.pns(em, "Bukan Kepala", "III/a"));
        long account = administration.createAccount(employee, ItSupport.uniqueUsername("it.bukan."), "rahasia-bukan-1");

        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> administration.grant(account, Role.UNIT_HEAD));
        assertEquals("account.roleNotGrantable", refused.getMessageKey());
        assertTrue(administration.accounts(employee).get(0).grants().isEmpty());
        assertEquals(1, audit.history(SubjectType.ACCOUNT, account).size(), "only the creation is in the trail");
    }

    @Test
    void oversightReadsAccountsButChangesNothingAndOthersSeeNothing() {
        currentUser.runAs("jombang.admin");
        long employee = ItSupport.employeeOf(em, "jombang.ketua");
        long account = administration.accounts(employee).get(0).id();

        currentUser.runAs("jombang.pengawas");
        assertFalse(administration.accounts(employee).isEmpty(), "oversight reads");
        assertThrows(AccessDeniedException.class, () -> administration.grant(account, Role.OVERSIGHT));
        assertThrows(AccessDeniedException.class, () -> administration.setAccountEnabled(account, false));

        currentUser.runAs("jombang.kadis");
        assertThrows(AccessDeniedException.class, () -> administration.accounts(employee));

        currentUser.runAs("klaten.admin");
        assertTrue(administration.accounts(employee).isEmpty(), "another government's people have no accounts here");
        assertThrows(NotFoundException.class, () -> administration.grant(account, Role.OVERSIGHT));

        currentUser.runAs("jombang.admin");
        assertTrue(administration.accounts(employee).get(0).enabled());
        assertFalse(administration.accounts(employee).get(0).grants().contains(Role.OVERSIGHT));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        currentUser.runAs("pasuruan.admin");
        long employee = administration.createEmployee(ItSupport.pns(em, "Pegawai Keluar", "II/c"));
        String username = ItSupport.uniqueUsername("it.keluar.");
        long account = administration.createAccount(employee, username, "rahasia-keluar-1");
        assertTrue(login.authenticate(username, "rahasia-keluar-1".toCharArray(), "192.0.2.1").status() == LoginService.Status.OK);

        administration.setAccountEnabled(account, false);
        assertFalse(login.authenticate(username, "rahasia-keluar-1".toCharArray(), "192.0.2.1").status() == LoginService.Status.OK);

        administration.setAccountEnabled(account, true);
        assertTrue(login.authenticate(username, "rahasia-keluar-1".toCharArray(), "192.0.2.1").status() == LoginService.Status.OK);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        currentUser.runAs("pasuruan.admin");
        long me = ItSupport.employeeOf(em, "pasuruan.admin");
        long account = administration.accounts(me).stream().filter(a -> a.username().equals("pasuruan.admin"))
                .findFirst().orElseThrow().id();
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> administration.setAccountEnabled(account, false));
        assertEquals("account.cannotDisableSelf", refused.getMessageKey());
        assertTrue(administration.accounts(me).get(0).enabled());
    }

    @Test
    void aTooShortPasswordOrABadUsernameIsRefusedAndNoAccountIsCreated() {
        currentUser.runAs("pasuruan.admin");
        long employee = administration.createEmployee(ItSupport.pns(em, "Pegawai Tanpa Akun", "II/c"));

        RuntimeException shortPassword = assertThrows(RuntimeException.class,
                () -> administration.createAccount(employee, ItSupport.uniqueUsername("it.pendek."), "pendek"));
        assertTrue(ItSupport.causedBy(shortPassword, jakarta.validation.ConstraintViolationException.class)
                || ItSupport.causedBy(shortPassword, BusinessRuleException.class), shortPassword.toString());
        BusinessRuleException badName = assertThrows(BusinessRuleException.class,
                () -> administration.createAccount(employee, "Nama Dengan Spasi", "rahasia-panjang-1"));
        assertEquals("account.usernameInvalid", badName.getMessageKey());

        assertTrue(administration.accounts(employee).isEmpty());
    }
}
