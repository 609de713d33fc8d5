package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationAdministration.EmployeeData;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.OrganisationQueries.EmployeeView;
import id.sikerja.application.OrganisationQueries.PlacementRow;
import id.sikerja.application.OrganisationQueries.UnitView;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Sex;
import id.sikerja.domain.organisation.UnitKind;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.infrastructure.security.CurrentUserBean;
import id.sikerja.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The personnel office of Klaten builds a piece of the organisation and staffs it: units,
 * positions, employees, placements with history, derived appraisers and manual overrides.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String ADMIN = "klaten.admin";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(AdministrationIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    /** A new section under Klaten's Bidang Pelayanan Kesehatan, with a head and two clerk positions. */
    private record Section(long unit, long headPosition, long clerkPosition, long otherClerkPosition, String code) {
    }

    private Section newSection() {
        long parent = ItSupport.unitId(em, "KLATEN", "DINKES-YANKES");
        String code = ItSupport.uniqueCode("IT-SEKSI-");
        long unit = administration.createUnit(parent, code, "Seksi Uji " + code, UnitKind.ORGANISATION_UNIT, null, 3);
        long head = administration.createPosition(unit, "Kepala Seksi Uji " + code, PositionClass.PENGAWAS, null,
                true, 1);
        long clerk = administration.createPosition(unit, "Pengadministrasi Uji " + code, PositionClass.PELAKSANA,
                null, false, 2);
        long other = administration.createPosition(unit, "Penata Layanan Uji " + code, PositionClass.PELAKSANA,
                null, false, 1);
        return new Section(unit, head, clerk, other, code);
    }

    private long place(long employee, long position, LocalDate start) {
        administration.placeEmployee(employee, queries.employee(employee).version(), position, start, "SK uji");
        return employee;
    }

    @Test
    void aNewUnitAppearsInTheTreeWithItsPositions() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        long parent = ItSupport.unitId(em, "KLATEN", "DINKES-YANKES");

        UnitView unit = queries.unit(s.unit());
        assertEquals(s.code(), unit.code());
        assertEquals("/DINKES/DINKES-YANKES/" + s.code() + "/", unit.path());
        assertEquals(3, unit.level());
        assertEquals(List.of("DINKES", "DINKES-YANKES"), unit.breadcrumbs().stream().map(n -> n.code()).toList());
        assertEquals(3, unit.positions().size());
        assertTrue(unit.positions().get(0).headsUnit(), "the head position is listed first");
        assertTrue(unit.positions().stream().allMatch(p -> p.filled() == 0));
        assertTrue(queries.childNodes(parent).stream().anyMatch(n -> n.id() == s.unit()));
        assertTrue(queries.searchUnits(s.code()).stream().anyMatch(n -> n.id() == s.unit()));

        // One head seat per unit; unit codes are unique in the government.
        BusinessRuleException twoHeads = assertThrows(BusinessRuleException.class, () -> administration
                .createPosition(s.unit(), "Kepala Kedua", PositionClass.PENGAWAS, null, true, 1));
        assertEquals("position.headExists", twoHeads.getMessageKey());
        BusinessRuleException taken = assertThrows(BusinessRuleException.class, () -> administration
                .createUnit(parent, s.code(), "Duplikat", UnitKind.ORGANISATION_UNIT, null, 3));
        assertEquals("code.taken", taken.getMessageKey());
        BusinessRuleException level = assertThrows(BusinessRuleException.class, () -> administration
                .createUnit(s.unit(), ItSupport.uniqueCode("IT-L"), "Terlalu Tinggi", UnitKind.ORGANISATION_UNIT,
                        null, 3));
        assertEquals("unit.levelBelowParent", level.getMessageKey());
        assertEquals(3, queries.unit(s.unit()).positions().size());
    }

    @Test
    void positionSuggestionsOfferFreeSeatsFirstAndCountThem() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        String search = "Uji " + s.code();

        List<OrganisationQueries.PositionOption> options = queries.searchPositions(search);
        assertEquals(List.of(1, 1, 2), options.stream().map(OrganisationQueries.PositionOption::freeSeats).sorted()
                .toList(), "a new section's seats are all free: " + options);

        place(administration.createEmployee(ItSupport.pns(em, "Penata Uji Satu", "II/c")), s.otherClerkPosition(), LocalDate.now());
        place(administration.createEmployee(ItSupport.pns(em, "Pengadministrasi Uji Dua", "II/c")), s.clerkPosition(), LocalDate.now());

        options = queries.searchPositions(search);
        assertEquals(List.of(s.headPosition(), s.clerkPosition(), s.otherClerkPosition()),
                options.stream().map(OrganisationQueries.PositionOption::id).toList(),
                "free seats first (head 1, clerks 1), the full position last");
        assertEquals(List.of(1, 1, 0), options.stream().map(OrganisationQueries.PositionOption::freeSeats).toList());
    }

    @Test
    void aPlacedEmployeeShowsTheirPositionAndDerivedAppraiser() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        LocalDate start = LocalDate.now().minusDays(30);
        long head = place(administration.createEmployee(ItSupport.pns(em, "Kepala Seksi Uji", "III/d")),
                s.headPosition(), start);
        long clerk = place(administration.createEmployee(ItSupport.pns(em, "Pengadministrasi Uji", "II/c")),
                s.clerkPosition(), start);

        EmployeeView view = queries.employee(clerk);
        assertEquals(s.clerkPosition(), view.positionId());
        assertEquals(s.unit(), view.unitId());
        assertEquals(1, view.placements().size());
        assertEquals(start, view.placements().get(0).startDate());
        assertNull(view.placements().get(0).endDate());
        // Klaten KL-DEF-4B: a Pelaksana of a level-3 unit of a Dinas is appraised by the level-3 head.
        assertNull(view.appraisal().problem(), "appraiser not derived: " + view.appraisal());
        assertEquals(head, view.appraisal().appraiserId());
        assertEquals("KL-DEF-4B", view.appraisal().ruleCode());
        assertEquals(head, view.appraisal().unitHeadId());
        assertFalse(view.appraisal().overridden());

        // The head (Pengawas heading a level-3 unit, KL-DEF-2A) is appraised by the Kepala Bidang.
        EmployeeView headView = queries.employee(head);
        assertNull(headView.appraisal().problem());
        assertEquals(ItSupport.employeeOf(em, "klaten.kabid"), headView.appraisal().appraiserId());
        assertEquals("KL-DEF-2A", headView.appraisal().ruleCode());

        UnitView unit = queries.unit(s.unit());
        assertEquals(2, unit.people().size());
        assertEquals(headView.name(), unit.headName());
        assertTrue(unit.people().stream().anyMatch(p -> p.employeeId() == clerk && p.appraiserId() == head));
        assertEquals(1, unit.positions().stream().filter(p -> p.id() == s.clerkPosition()).findFirst()
                .orElseThrow().filled());
        assertTrue(queries.appraisalProblems().stream().noneMatch(p -> p.employeeId() == clerk || p.employeeId() == head));
    }

    @Test
    void placingAgainClosesThePreviousPlacementAndKeepsHistory() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        LocalDate first = LocalDate.now().minusDays(60);
        LocalDate second = LocalDate.now().minusDays(5);
        long clerk = place(administration.createEmployee(ItSupport.pns(em, "Pegawai Mutasi Uji", "II/d")),
                s.clerkPosition(), first);
        place(clerk, s.otherClerkPosition(), second);

        EmployeeView view = queries.employee(clerk);
        assertEquals(s.otherClerkPosition(), view.positionId());
        List<PlacementRow> history = view.placements();
        assertEquals(2, history.size());
        assertEquals(second, history.get(0).startDate());
        assertNull(history.get(0).endDate());
        assertEquals(first, history.get(1).startDate());
        assertEquals(second.minusDays(1), history.get(1).endDate(), "the old placement ends the day before");
        assertEquals(1, ItSupport.count(em, "select count(*) from placement where employee_id = ?1 and end_date is null",
                clerk));
    }

    @Test
    void placementsThatOverlapOrOverfillAreRefusedAndWriteNothing() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        LocalDate start = LocalDate.now().minusDays(5);
        long clerk = place(administration.createEmployee(ItSupport.pns(em, "Pegawai Aturan Uji", "II/d")),
                s.otherClerkPosition(), start);

        int version = queries.employee(clerk).version();
        BusinessRuleException before = assertThrows(BusinessRuleException.class, () -> administration
                .placeEmployee(clerk, version, s.clerkPosition(), start.minusDays(1), null));
        assertEquals("placement.startBeforePrevious", before.getMessageKey());
        BusinessRuleException same = assertThrows(BusinessRuleException.class, () -> administration
                .placeEmployee(clerk, version, s.otherClerkPosition(), LocalDate.now(), null));
        assertEquals("placement.samePosition", same.getMessageKey());
        assertEquals(1, queries.employee(clerk).placements().size());
        assertEquals(version, queries.employee(clerk).version(), "a refused placement changed the employee");

        // The seat of capacity 1 is taken: nobody else fits.
        long newcomer = administration.createEmployee(ItSupport.pns(em, "Pegawai Baru Uji", "II/a"));
        BusinessRuleException full = assertThrows(BusinessRuleException.class, () -> administration
                .placeEmployee(newcomer, queries.employee(newcomer).version(), s.otherClerkPosition(),
                        LocalDate.now(), null));
        assertEquals("placement.positionFull", full.getMessageKey());
        assertTrue(queries.employee(newcomer).placements().isEmpty());
        // Ending a placement frees the seat from the next day on.
        administration.endPlacement(clerk, version, LocalDate.now().minusDays(1));
        administration.placeEmployee(newcomer, queries.employee(newcomer).version(), s.otherClerkPosition(),
                LocalDate.now(), "menggantikan");
        assertEquals(s.otherClerkPosition(), queries.employee(newcomer).positionId());
        assertNull(queries.employee(clerk).positionId());
        assertEquals(LocalDate.now().minusDays(1), queries.employee(clerk).placements().get(0).endDate());
    }

    @Test
    void anInvalidNipIsRefusedAndNothingIsWritten() {
        currentUser.runAs(ADMIN);
        long before = ItSupport.employeeCount(em);
        String valid = ItSupport.freshNip(em, Sex.MALE);
        List<String> invalid = List.of(
                "1234",                                     // too short
                valid.substring(0, 17) + "X",               // not digits
                "19801332" + valid.substring(8),            // no such birth date
                valid.substring(0, 12) + "13" + valid.substring(14), // month 13 of appointment
                valid.substring(0, 14) + "3" + valid.substring(15),  // sex digit neither 1 nor 2
                valid.substring(0, 15) + "000",             // sequence 000
                "19800101" + "199001" + "1001");           // appointed at ten
        for (String nip : invalid) {
            BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> administration.createEmployee(
                    new EmployeeData("NIP Salah", EmploymentStatus.PNS, nip, null, null, "III/a", null, null)),
                    nip);
            assertTrue(e.getMessageKey().startsWith("nip.invalid."), nip + " gave " + e.getMessageKey());
        }
        // A NIP that contradicts the recorded sex or birth date is refused too.
        BusinessRuleException sex = assertThrows(BusinessRuleException.class, () -> administration.createEmployee(
                new EmployeeData("Jenis Kelamin Salah", EmploymentStatus.PNS, valid, Sex.FEMALE, null, null, null,
                        null)));
        assertEquals("employee.nipSexMismatch", sex.getMessageKey());
        // ASN need a NIP; a PNS cannot hold a PPPK rank.
        assertEquals("employee.nipRequired", assertThrows(BusinessRuleException.class, () -> administration
                .createEmployee(new EmployeeData("Tanpa NIP", EmploymentStatus.PNS, null, Sex.MALE, null, null, null,
                        null))).getMessageKey());
        assertEquals("employee.rankSchemeMismatch", assertThrows(BusinessRuleException.class, () -> administration
                .createEmployee(new EmployeeData("Golongan Salah", EmploymentStatus.PNS, valid, null, null, "IX",
                        null, null))).getMessageKey());
        assertEquals(before, ItSupport.employeeCount(em), "a refused employee was written");

        // The same NIP, valid, is accepted.
        long created = administration.createEmployee(new EmployeeData("NIP Benar", EmploymentStatus.PNS, valid, null,
                null, "III/a", null, null));
        EmployeeView view = queries.employee(created);
        assertEquals(valid, view.nip().replace(" ", ""));
        assertEquals("MALE", view.sex());
        assertEquals(before + 1, ItSupport.employeeCount(em));
    }

    @Test
    void aNipHeldByAnyoneIsRefused() {
        currentUser.runAs(ADMIN);
        String nip = ItSupport.freshNip(em, Sex.MALE);
        long first = administration.createEmployee(new EmployeeData("Pemilik NIP", EmploymentStatus.PNS, nip, null,
                null, "III/a", null, null));
        long before = ItSupport.employeeCount(em);

        // Written as on letters, with spaces.
        String printed = queries.employee(first).nip();
        assertTrue(printed.contains(" "));
        BusinessRuleException dup = assertThrows(BusinessRuleException.class, () -> administration.createEmployee(
                new EmployeeData("Peniru NIP", EmploymentStatus.PNS, printed, null, null, "III/a", null, null)));
        assertEquals("employee.nipTaken", dup.getMessageKey());
        // A NIP is national: one held in Jombang cannot be reused in Klaten either.
        String jombangNip = em.createQuery("select cast(e.nip as String) from Employee e where e.government.code = "
                + "'JOMBANG' and e.nip is not null order by e.id", String.class).setMaxResults(1).getSingleResult();
        assertEquals("employee.nipTaken", assertThrows(BusinessRuleException.class, () -> administration
                .createEmployee(new EmployeeData("Peniru Jombang", EmploymentStatus.PNS, jombangNip, null, null,
                        null, null, null))).getMessageKey());
        // Nor can another employee be changed to it.
        long second = administration.createEmployee(ItSupport.pns(em, "Pegawai Lain", "III/a"));
        EmployeeView secondView = queries.employee(second);
        assertEquals("employee.nipTaken", assertThrows(BusinessRuleException.class, () -> administration
                .updateEmployee(second, secondView.version(), new EmployeeData("Pegawai Lain", EmploymentStatus.PNS,
                        nip, null, null, "III/a", null, null))).getMessageKey());
        assertEquals(secondView.nip(), queries.employee(second).nip());
        assertEquals(before + 1, ItSupport.employeeCount(em));
        // Saving the holder with their own NIP is not a duplicate.
        administration.updateEmployee(first, queries.employee(first).version(), new EmployeeData("Pemilik NIP Baru",
                EmploymentStatus.PNS, nip, null, null, "III/b", "pemilik@klaten.go.id", null));
        assertEquals("Pemilik NIP Baru", queries.employee(first).name());
    }

    @Test
    void anAppraiserOverrideWinsUntilRevokedAndIsAudited() {
        currentUser.runAs(ADMIN);
        Section s = newSection();
        LocalDate start = LocalDate.now().minusDays(10);
        long head = place(administration.createEmployee(ItSupport.pns(em, "Kepala Seksi Override", "III/d")),
                s.headPosition(), start);
        long clerk = place(administration.createEmployee(ItSupport.pns(em, "Pelaksana Override", "II/c")),
                s.clerkPosition(), start);
        long delegate = place(administration.createEmployee(ItSupport.pns(em, "Pejabat Delegasi", "III/c")),
                s.otherClerkPosition(), start);
        assertEquals(head, queries.employee(clerk).appraisal().appraiserId());

        String reason = "SK Kepala Dinas 800/123/2025: pendelegasian penilaian";
        administration.overrideAppraiser(clerk, delegate, reason);
        EmployeeView overridden = queries.employee(clerk);
        assertTrue(overridden.appraisal().overridden());
        assertEquals(delegate, overridden.appraisal().appraiserId());
        assertEquals(reason, overridden.appraisal().overrideReason());
        assertEquals(ADMIN, overridden.appraisal().overrideBy());
        assertNull(overridden.appraisal().problem());
        assertTrue(queries.unit(s.unit()).people().stream()
                .anyMatch(p -> p.employeeId() == clerk && p.overridden() && p.appraiserId() == delegate));

        Object[] audit = (Object[]) em.createNativeQuery("select created_by, reason, appraiser_id, revoked_at, "
                + "created_at from appraiser_override where employee_id = ?1").setParameter(1, clerk).getSingleResult();
        assertEquals(ADMIN, audit[0]);
        assertEquals(reason, audit[1]);
        assertEquals(delegate, ((Number) audit[2]).longValue());
        assertNull(audit[3]);
        assertNotNull(audit[4]);

        // Refusals: a too short reason, oneself as appraiser; nothing more is recorded.
        RuntimeException shortReason = assertThrows(RuntimeException.class,
                () -> administration.overrideAppraiser(clerk, head, "singkat"));
        assertTrue(shortReason instanceof ConstraintViolationException
                        || shortReason instanceof BusinessRuleException b && b.getMessageKey().equals("override.reasonRequired"),
                "a short reason failed with " + shortReason);
        assertEquals("override.self", assertThrows(BusinessRuleException.class,
                () -> administration.overrideAppraiser(clerk, clerk, "menilai diri sendiri")).getMessageKey());
        assertEquals(1, ItSupport.count(em, "select count(*) from appraiser_override where employee_id = ?1", clerk));
        assertEquals(delegate, queries.employee(clerk).appraisal().appraiserId());

        administration.revokeAppraiserOverride(clerk);
        EmployeeView restored = queries.employee(clerk);
        assertFalse(restored.appraisal().overridden());
        assertEquals(head, restored.appraisal().appraiserId());
        assertEquals("KL-DEF-4B", restored.appraisal().ruleCode());
        Object[] revoked = (Object[]) em.createNativeQuery("select revoked_by, revoked_at from appraiser_override "
                + "where employee_id = ?1").setParameter(1, clerk).getSingleResult();
        assertEquals(ADMIN, revoked[0], "the revocation is kept as history with who revoked it");
        assertNotNull(revoked[1]);
        assertEquals("override.none", assertThrows(BusinessRuleException.class,
                () -> administration.revokeAppraiserOverride(clerk)).getMessageKey());

        // A second override replaces nothing silently: history holds both decisions.
        administration.overrideAppraiser(clerk, delegate, reason + " (diperpanjang)");
        administration.overrideAppraiser(clerk, head, "Kembali ke kepala seksi atas keputusan baru");
        assertEquals(head, queries.employee(clerk).appraisal().appraiserId());
        assertTrue(queries.employee(clerk).appraisal().overridden());
        assertEquals(3, ItSupport.count(em, "select count(*) from appraiser_override where employee_id = ?1", clerk));
        assertEquals(1, ItSupport.count(em,
                "select count(*) from appraiser_override where employee_id = ?1 and revoked_at is null", clerk));
    }

    @Test
    void anAccountForANewEmployeeCanBeCreatedAndGranted() {
        currentUser.runAs(ADMIN);
        long employee = administration.createEmployee(ItSupport.pns(em, "Pemilik Akun Uji", "III/a"));
        String username = ItSupport.uniqueUsername("it.akun.");
        long account = administration.createAccount(employee, username.toUpperCase(), "rahasia-sekali");
        administration.grant(account, id.sikerja.domain.access.Role.OVERSIGHT);

        EmployeeView view = queries.employee(employee);
        assertEquals(List.of(username), view.usernames(), "usernames are stored in lower case");
        assertTrue(view.roles().contains(id.sikerja.domain.access.Role.OVERSIGHT));
        assertEquals("account.usernameTaken", assertThrows(BusinessRuleException.class,
                () -> administration.createAccount(employee, username, "rahasia-sekali")).getMessageKey());
        assertThrows(BusinessRuleException.class,
                () -> administration.grant(account, id.sikerja.domain.access.Role.UNIT_HEAD));
    }
}
