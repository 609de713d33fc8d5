package id.sikerja.it;

import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.infrastructure.security.LoginService;
import id.sikerja.infrastructure.security.LoginService.Outcome;
import id.sikerja.infrastructure.seed.GovernmentSeed;
import id.sikerja.infrastructure.seed.SeedParser;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo (SIKERJA_DEMO_ENABLED=true) loads the four seeded governments once, with plausible people,
 * the logins of the seed files and each government's policy profile.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final Set<String> CODES = Set.of("KAYONG_UTARA", "JOMBANG", "KLATEN", "PASURUAN");

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(DemoDataIT.class, ItSupport.class);
    }

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Inject
    LoginService login;

    private static List<GovernmentSeed> seeds() {
        return SeedParser.BUNDLED.stream().map(SeedParser::bundled).toList();
    }

    @Test
    void theFourGovernmentsAreLoadedOnceEach() {
        List<String> codes = em.createQuery("select g.code from Government g", String.class).getResultList();
        // Every test class redeploys the application; the loader must not add them again.
        assertEquals(4, codes.size(), "governments: " + codes);
        assertEquals(CODES, Set.copyOf(codes));
        for (GovernmentSeed seed : seeds()) {
            Object[] g = em.createQuery("select g.name, g.shortName, g.regionalHeadTitle from Government g "
                    + "where g.code = :c", Object[].class).setParameter("c", seed.code()).getSingleResult();
            assertEquals(seed.name(), g[0]);
            assertEquals(seed.shortName(), g[1]);
            assertEquals(seed.regionalHeadTitle(), g[2]);
            assertEquals(seed.departments().size(), ItSupport.count(em, "select count(*) from department d "
                    + "join government g on g.id = d.government_id where g.code = ?1", seed.code()),
                    seed.code() + " departments");
            assertEquals(seed.rules().size(), ItSupport.count(em, "select count(*) from appraiser_rule r "
                    + "join government g on g.id = r.government_id where g.code = ?1", seed.code()),
                    seed.code() + " appraiser rules");
        }
    }

    @Test
    void everyGovernmentHasAtLeastAHundredEmployeesWithValidNips() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.code, e.nip, e.status, e.sex, e.birth_date, r.scheme "
                + "from employee e join government g on g.id = e.government_id "
                + "left join rank r on r.code = e.rank_code").getResultList();
        Map<String, Integer> perGovernment = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Object[] row : rows) {
            String government = (String) row[0];
            String nip = (String) row[1];
            String status = (String) row[2];
            perGovernment.merge(government, 1, Integer::sum);
            boolean asn = status.equals("PNS") || status.equals("PPPK");
            if (!asn) {
                if (nip != null) {
                    wrong.add(government + " " + status + " with NIP " + nip);
                }
                continue;
            }
            try {
                Nip parsed = Nip.of(nip);
                if (!parsed.sex().name().equals(row[3])) {
                    wrong.add(nip + ": sex " + row[3]);
                }
                LocalDate birth = row[4] instanceof Date d ? d.toLocalDate() : (LocalDate) row[4];
                if (!parsed.birthDate().equals(birth)) {
                    wrong.add(nip + ": born " + birth);
                }
                if (row[5] != null && !row[5].equals(status.equals("PNS") ? "PNS" : "PPPK")) {
                    wrong.add(nip + ": " + status + " with a " + row[5] + " rank");
                }
            } catch (RuntimeException e) {
                wrong.add(government + " NIP " + nip + ": " + e.getMessage());
            }
        }
        assertTrue(wrong.isEmpty(), "inconsistent people: " + wrong);
        for (String code : CODES) {
            int people = perGovernment.getOrDefault(code, 0);
            assertTrue(people >= 100, code + " has only " + people + " employees");
        }
    }

    @Test
    void everySeededLoginExistsAndSignsInWithTheDemoPassword() {
        List<String> failures = new ArrayList<>();
        int logins = 0;
        for (GovernmentSeed seed : seeds()) {
            for (GovernmentSeed.Login l : seed.logins()) {
                logins++;
                List<Object[]> account = em.createQuery("select g.code, a.enabled from UserAccount a join a.government g "
                        + "where a.username = :u", Object[].class).setParameter("u", l.username()).getResultList();
                if (account.isEmpty()) {
                    failures.add(l.username() + ": no account");
                    continue;
                }
                if (!seed.code().equals(account.get(0)[0]) || !Boolean.TRUE.equals(account.get(0)[1])) {
                    failures.add(l.username() + ": in " + account.get(0)[0] + ", enabled " + account.get(0)[1]);
                }
                Outcome outcome = login.authenticate(l.username(), ItSupport.DEMO_PASSWORD.toCharArray(), "192.0.2.1");
                if (outcome.status() != LoginService.Status.OK) {
                    failures.add(l.username() + ": " + outcome.status());
                    continue;
                }
                Set<Role> granted = l.grants().stream().map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                if (!outcome.roles().containsAll(granted) || !outcome.roles().contains(Role.EMPLOYEE)) {
                    failures.add(l.username() + ": roles " + outcome.roles() + " lack " + granted);
                }
                // The login belongs to the person in the seat the seed names.
                long holders = ItSupport.count(em, "select count(*) from user_account a join placement p "
                        + "on p.employee_id = a.employee_id join position pos on pos.id = p.position_id "
                        + "join org_unit u on u.id = pos.org_unit_id where a.username = ?1 and u.code = ?2 "
                        + "and pos.title = ?3 and p.start_date <= current_date "
                        + "and (p.end_date is null or p.end_date >= current_date)",
                        l.username(), l.unit(), l.position());
                if (holders != 1) {
                    failures.add(l.username() + ": does not hold " + l.position() + " in " + l.unit());
                }
            }
        }
        assertTrue(logins >= 32, "only " + logins + " logins in the seeds");
        assertTrue(failures.isEmpty(), "demo logins: " + failures);
        // Nothing but the seeds' logins was created by the loader (others come from tests, not from the demo).
        TreeSet<String> seeded = seeds().stream().flatMap(s -> s.logins().stream()).map(GovernmentSeed.Login::username)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(seeded.size(), ItSupport.count(em, "select count(*) from user_account where username not like 'it.%'"));
    }

    @Test
    void eachGovernmentHasThePolicyProfileOfItsSeed() {
        for (GovernmentSeed seed : seeds()) {
            PolicyProfile p = em.createQuery("select p from PolicyProfile p where p.government.code = :c",
                    PolicyProfile.class).setParameter("c", seed.code()).getSingleResult();
            GovernmentSeed.Policy expected = seed.policy();
            String g = seed.code() + " ";
            assertEquals(expected.performanceOwnerLevel(), p.getPerformanceOwnerLevel(), g + "performanceOwnerLevel");
            assertEquals(expected.assignmentLetterSigner(), p.getAssignmentLetterSigner().name(), g + "signer");
            assertEquals(expected.crossDepartmentApproval(), p.getCrossDepartmentApproval().name(), g + "approval");
            assertEquals(expected.leadSelection(), p.getLeadSelection().name(), g + "leadSelection");
            assertEquals(expected.oneGroupPerLead(), p.isOneGroupPerLead(), g + "oneGroupPerLead");
            assertEquals(expected.technicalLeadRoles(), p.isTechnicalLeadRoles(), g + "technicalLeadRoles");
            assertEquals(expected.groupKinds().stream().map(WorkTeamKind::valueOf).collect(Collectors.toSet()),
                    p.getGroupKinds(), g + "groupKinds");
            assertEquals(expected.requirePlanningDialogue(), p.isRequirePlanningDialogue(), g + "planningDialogue");
            assertEquals(expected.volunteerNeedsAnnouncement(), p.isVolunteerNeedsAnnouncement(), g + "volunteer");
            assertEquals(expected.extraAllowanceReport(), p.isExtraAllowanceReport(), g + "allowanceReport");
            assertEquals(expected.assignmentLetterFormOnly(), p.isAssignmentLetterFormOnly(), g + "letterFormOnly");
            assertEquals(expected.letterNumberPattern(), p.getLetterNumberPattern(), g + "letterNumberPattern");
            for (String citedSetting : expected.citations().keySet()) {
                assertTrue(p.getCitations() != null && p.getCitations().contains(citedSetting + ": "),
                        g + "citation of " + citedSetting + " missing");
            }
        }
        // Spelled out for Klaten (Perbup Klaten 34/2024): Kelompok Kerja and Tim ad hoc, one group per lead.
        PolicyProfile klaten = em.createQuery("select p from PolicyProfile p where p.government.code = 'KLATEN'",
                PolicyProfile.class).getSingleResult();
        assertTrue(klaten.isOneGroupPerLead());
        assertEquals(EnumSet.of(WorkTeamKind.KELOMPOK_KERJA, WorkTeamKind.TIM_AD_HOC), klaten.getGroupKinds());
        assertEquals("AS_CROSS_UNIT", klaten.getCrossDepartmentApproval().name());
        assertEquals("OWN_HEAD_ANSWERS_PARTNER", klaten.getVolunteerRoute().name());
        assertTrue(em.createQuery("select p from PolicyProfile p where p.government.code = 'PASURUAN'",
                PolicyProfile.class).getSingleResult().isRequirePlanningDialogue());
    }
}
