package id.sikerja.it;

import id.sikerja.application.LeadAllowances;
import id.sikerja.application.LeadAllowances.AllowanceRow;
import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.WorkTeams;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KL Pasal 24-25 on the real stack: the admin records who is a Pejabat Fungsional hasil penyetaraan, the team
 * pickers mark them as preferred leads, and the admin's report lists the Penanggungjawab and Ketua Kelompok Kerja
 * of signed decrees who are not from penyetaraan, with the basis of their 20 %. Only Klaten's admin reads it.
 */
@ExtendWith(ArquillianExtension.class)
class LeadAllowancesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(LeadAllowancesIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    LeadAllowances allowances;

    @Inject
    OrganisationAdministration administration;

    @Inject
    OrganisationQueries queries;

    @Inject
    id.sikerja.application.Equalisations equalisations;

    @Inject
    WorkTeams teams;

    @Inject
    UserTransaction tx;

    @Inject
    id.sikerja.application.ImportService imports;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    /**
     * PNS of Klaten in functional positions today, not from penyetaraan and not yet in any team (so no other test's
     * data, e.g. this class's import, meets them).
     */
    private List<Long> functionalPns(int count) {
        return em.createQuery("select distinct p.employee.id from Placement p where p.government.code = 'KLATEN' "
                        + "and p.employee.status = id.sikerja.domain.organisation.EmploymentStatus.PNS "
                        + "and p.position.positionClass in (id.sikerja.domain.organisation.PositionClass.FUNGSIONAL_KEAHLIAN, "
                        + "id.sikerja.domain.organisation.PositionClass.FUNGSIONAL_KETERAMPILAN) "
                        + "and p.startDate <= :d and p.endDate is null and p.employee.fromEqualisation = false "
                        + "and not exists (select 1 from TeamMember m where m.employee = p.employee) "
                        + "order by p.employee.id desc", Long.class)
                .setParameter("d", LocalDate.now()).setMaxResults(count).getResultList();
    }

    private long team(String kind, String state, String name) throws Exception {
        long g = ItSupport.governmentId(em, "KLATEN");
        long unit = ItSupport.unitId(em, "KLATEN", "DINKES-YANKES");
        tx.begin();
        em.joinTransaction();
        Number id = (Number) em.createNativeQuery("insert into work_team (government_id, owner_unit_id, name, kind, "
                        + "start_date, end_date, state, decree_number, decree_signer, created_at, updated_at) values (?1, ?2, "
                        + "?3, ?4, ?5, ?6, ?7, ?8, 'DEPARTMENT_HEAD', now(), now()) returning id")
                .setParameter(1, g).setParameter(2, unit).setParameter(3, name).setParameter(4, kind)
                .setParameter(5, LocalDate.now()).setParameter(6, LocalDate.of(LocalDate.now().getYear(), 12, 31))
                .setParameter(7, state).setParameter(8, "ESTABLISHED".equals(state) ? "800/001/UJI" : null)
                .getSingleResult();
        tx.commit();
        return id.longValue();
    }

    private void member(long team, long employee, String role, String approval) throws Exception {
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery("insert into work_team_member (government_id, team_id, employee_id, role, approval, "
                        + "created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, now(), now())")
                .setParameter(1, ItSupport.governmentId(em, "KLATEN")).setParameter(2, team).setParameter(3, employee)
                .setParameter(4, role).setParameter(5, approval).executeUpdate();
        tx.commit();
    }

    @Test
    void theKlatenAdminListsTheLeadsNotFromPenyetaraanWithTheBasisOfTheirAllowance() throws Exception {
        List<Long> people = functionalPns(6);
        assertEquals(6, people.size(), "enough functional PNS in Klaten: " + people);
        long lead = people.get(0);
        long penanggungjawab = people.get(1);
        long member = people.get(2);
        long equalisedLead = people.get(3);
        long adHocLead = people.get(4);
        long pendingPenanggungjawab = people.get(5);

        currentUser.runAs("klaten.admin");
        equalisations.record(equalisedLead, queries.employee(equalisedLead).version(), true);
        assertTrue(queries.employee(equalisedLead).fromEqualisation(), "recorded on the employee");

        String suffix = " " + System.nanoTime();
        long group = team("KELOMPOK_KERJA", "ESTABLISHED", "Kelompok Kerja Mutu" + suffix);
        member(group, lead, "LEAD", "NOT_NEEDED");
        member(group, penanggungjawab, "TECHNICAL_LEAD", "APPROVED");
        member(group, member, "MEMBER", "NOT_NEEDED");
        member(group, pendingPenanggungjawab, "TECHNICAL_LEAD", "PENDING");
        long equalisedGroup = team("KELOMPOK_KERJA", "ESTABLISHED", "Kelompok Kerja Gizi" + suffix);
        member(equalisedGroup, equalisedLead, "LEAD", "NOT_NEEDED");
        long adHoc = team("TIM_AD_HOC", "ESTABLISHED", "Tim Ad Hoc Vaksin" + suffix);
        member(adHoc, adHocLead, "LEAD", "NOT_NEEDED");
        long draft = team("KELOMPOK_KERJA", "DRAFT", "Kelompok Kerja Draf" + suffix);
        member(draft, member, "LEAD", "NOT_NEEDED");

        assertTrue(allowances.offered());
        Set<Long> mine = Set.of(group, equalisedGroup, adHoc, draft);
        List<AllowanceRow> rows = allowances.report(LocalDate.now().getYear()).stream()
                .filter(r -> mine.contains(r.teamId())).toList();
        assertEquals(Set.of(lead + " LEAD PENGAWAS_CLASS_9", penanggungjawab + " TECHNICAL_LEAD ADMINISTRATOR_CLASS_11"),
                rows.stream().map(r -> r.employeeId() + " " + r.role() + " " + r.basis()).collect(Collectors.toSet()),
                "Pasal 25 huruf a and b; not the member, the one from penyetaraan, the ad hoc team's ketua, a "
                        + "Penanggungjawab the Sekda has not approved, nor a draft's ketua");
        assertTrue(rows.stream().allMatch(r -> r.departmentName() != null && r.teamName().endsWith(suffix)));
        assertTrue(allowances.report(LocalDate.now().getYear() - 5).stream().noneMatch(r -> mine.contains(r.teamId())),
                "another year does not list them");

        // the team pickers mark the one from penyetaraan as preferred (KL Pasal 24 ayat (1))
        currentUser.runAs("klaten.kadis");
        assertTrue(teams.person(equalisedLead).orElseThrow().preferred());
        assertFalse(teams.person(lead).orElseThrow().preferred());
    }

    @Test
    void onlyTheAdminOfAGovernmentWithTheReportReadsIt() {
        int year = LocalDate.now().getYear();
        for (String other : List.of("klaten.kadis", "klaten.pengawas", "klaten.pegawai")) {
            currentUser.runAs(other);
            assertFalse(allowances.offered(), other);
            assertThrows(AccessDeniedException.class, () -> allowances.report(year), other);
        }
        currentUser.runAs("jombang.admin");
        assertFalse(allowances.offered(), "Jombang's policy has no such report");
        assertEquals("allowance.notOffered", assertThrows(BusinessRuleException.class,
                () -> allowances.report(year)).getMessageKey());
    }

    /** The optional "equalisation" column of the employee import: YA records it, an unreadable value is refused. */
    @Test
    void theEmployeeImportReadsTheOptionalEqualisationColumn() {
        String header = "nip,name,status,unit_code,position_title,position_class,position_grade,start_date,equalisation\n";
        String name = "Analis Uji Penyetaraan " + System.nanoTime();
        String nip = ItSupport.freshNip(em, id.sikerja.domain.organisation.Sex.MALE);
        String row = nip + "," + name + ",PNS,DINKES-P2P,Analis Uji Penyetaraan Ahli Muda,FUNGSIONAL_KEAHLIAN,AHLI_MUDA,"
                + LocalDate.now().minusDays(1) + ",";
        currentUser.runAs("klaten.admin");
        var refused = imports.importEmployees(new java.io.ByteArrayInputStream((header + row + "MUNGKIN\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "pegawai.csv");
        assertEquals(List.of("equalisation"), refused.errors().stream().map(e -> e.column()).toList(), refused.toString());
        assertEquals(0, refused.rowsWritten());

        var done = imports.importEmployees(new java.io.ByteArrayInputStream((header + row + "YA\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "pegawai.csv");
        assertTrue(done.succeeded(), done.toString());
        long id = em.createQuery("select e.id from Employee e where e.name = :n", Long.class).setParameter("n", name)
                .getSingleResult();
        assertTrue(queries.employee(id).fromEqualisation(), "imported as JF hasil penyetaraan");
    }

    @Test
    void penyetaraanIsRecordedByTheAdminForPnsOnly() {
        long pns = functionalPns(1).get(0);
        currentUser.runAs("klaten.kadis");
        assertThrows(AccessDeniedException.class,
                () -> equalisations.record(pns, queries.employee(pns).version(), true));
        currentUser.runAs("jombang.admin");
        assertThrows(id.sikerja.domain.shared.NotFoundException.class,
                () -> equalisations.record(pns, 0, true), "another government's employee");

        currentUser.runAs("klaten.admin");
        long nonPns = administration.createEmployee(new OrganisationAdministration.EmployeeData(
                "Tenaga Uji Penyetaraan " + System.nanoTime(), id.sikerja.domain.organisation.EmploymentStatus.NON_ASN,
                null, id.sikerja.domain.organisation.Sex.MALE, null, null, null, null));
        int version = queries.employee(nonPns).version();
        assertEquals("employee.equalisationPnsOnly", assertThrows(BusinessRuleException.class,
                () -> equalisations.record(nonPns, version, true)).getMessageKey());
        assertFalse(queries.employee(nonPns).fromEqualisation(), "nothing changed");
        equalisations.record(pns, queries.employee(pns).version(), true);
        assertTrue(queries.employee(pns).fromEqualisation());
        equalisations.record(pns, queries.employee(pns).version(), false);
        assertFalse(queries.employee(pns).fromEqualisation(), "and can be cleared again");
    }
}
