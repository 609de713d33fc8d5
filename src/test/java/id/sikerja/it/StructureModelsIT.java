package id.sikerja.it;

import id.sikerja.application.OrganisationAdministration;
import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.OrganisationQueries.AppraisalView;
import id.sikerja.infrastructure.security.CurrentUserBean;
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

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kayong Utara's structure models per Bagian in the running application with the demo data (KU
 * Lampiran I huruf B angka 1): Bagian Umum applies Model 4, Bagian Perekonomian Model 2.
 */
@ExtendWith(ArquillianExtension.class)
class StructureModelsIT {

    private static final String KU = "KAYONG_UTARA";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withTestClasses(StructureModelsIT.class, ItSupport.class);
    }

    @Inject
    CurrentUserBean currentUser;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationAdministration administration;

    @PersistenceContext(unitName = "sikerja")
    EntityManager em;

    @Test
    void aSetdaModel4EmployeeIsRatedByTheKabagAndGetsTheWorkFromTheKasubbag() {
        currentUser.runAs("kayong.admin");
        long clerk = ItSupport.staffMemberOf(em, KU, "SETDA-UMUM-TU");

        AppraisalView appraisal = queries.employee(clerk).appraisal();

        assertNull(appraisal.problem());
        assertEquals(ItSupport.headOf(em, KU, "SETDA-UMUM"), appraisal.appraiserId(), "the Kepala Bagian Umum rates");
        assertEquals(ItSupport.headOf(em, KU, "SETDA-UMUM-TU"), appraisal.unitHeadId(),
                "the Kepala Subbagian Tata Usaha Pimpinan gives the work");
        assertEquals("KU-SETDA-M4", appraisal.ruleCode());
    }

    @Test
    void aSetdaModel2KabagIsRatedByTheSekdaAndGetsTheWorkFromTheAsisten() {
        currentUser.runAs("kayong.admin");
        long kabag = ItSupport.headOf(em, KU, "SETDA-EKO");

        AppraisalView appraisal = queries.employee(kabag).appraisal();

        assertNull(appraisal.problem());
        assertEquals(ItSupport.headOf(em, KU, "SETDA"), appraisal.appraiserId());
        assertEquals(ItSupport.headOf(em, KU, "SETDA-ASEKBANG"), appraisal.unitHeadId());
        assertEquals("KU-SETDA-M2-KABAG", appraisal.ruleCode());
    }

    @Test
    void aKabagOfAModel3BagianIsStillRatedByTheAsisten() {
        currentUser.runAs("kayong.admin");

        AppraisalView appraisal = queries.employee(ItSupport.headOf(em, KU, "SETDA-UMUM")).appraisal();

        assertEquals(ItSupport.headOf(em, KU, "SETDA-ASADM"), appraisal.appraiserId());
        assertEquals("KU-SETDA-M3", appraisal.ruleCode());
    }

    /**
     * The admin's "Masalah Penilai" for the demo's own positions are exactly the problems the seed declares
     * (a vacant Kepala Seksi): the models and the KJF rules add none. Positions other tests create are left out.
     */
    @Test
    void theDemoPositionsShowOnlyTheProblemsTheSeedDeclares() {
        currentUser.runAs("kayong.admin");
        GovernmentSeed seed = SeedParser.bundled("kayong-utara");
        Set<String> listed = seed.expectations().stream()
                .map(e -> e.appraisee().unit() + " / " + e.appraisee().position()).collect(Collectors.toSet());
        Set<String> declared = seed.expectations().stream().filter(e -> e.problem() != null)
                .map(e -> e.appraisee().unit() + " / " + e.appraisee().position() + ": " + e.problem())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<Long, String> unitCodes = em.createQuery("select u.id, u.code from OrgUnit u where u.government.code = :g",
                Object[].class).setParameter("g", KU).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));

        Set<String> shown = queries.appraisalProblems().stream()
                .filter(p -> listed.contains(unitCodes.get(p.unitId()) + " / " + p.positionTitle()))
                .map(p -> unitCodes.get(p.unitId()) + " / " + p.positionTitle() + ": " + p.problem())
                .collect(Collectors.toCollection(TreeSet::new));

        assertFalse(declared.isEmpty(), "the seed declares its vacancy problems");
        assertEquals(declared, shown);
    }

    @Test
    void theRulesPageShowsUnitSelectionUnitHeadAndDelegation() {
        currentUser.runAs("kayong.admin");
        OrganisationAdministration.RuleData m4 = administration.rules().stream()
                .filter(r -> r.ruleCode().equals("KU-SETDA-M4")).findFirst().orElseThrow();

        assertEquals(Set.of("SETDA-M4"), m4.unitModels());
        assertEquals(id.sikerja.domain.organisation.AppraiserTargetKind.HEAD_AT_LEVEL, m4.unitHeadKind());
        assertEquals(4, m4.unitHeadLevel());
        assertNull(m4.delegationBasis());

        currentUser.runAs("klaten.admin");
        assertTrue(administration.rules().stream().filter(r -> r.ruleCode().equals("KL-I-1B"))
                .allMatch(r -> r.delegationBasis() != null && r.delegationBasis().contains("KL Lampiran")),
                "the Kepala Puskesmas rates by the delegation the regulation itself gives");
    }
}
