package id.sikerja.domain.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitTest {

    private Government government;
    private Department dinkes;
    private OrgUnit root;

    @BeforeEach
    void department() {
        government = Fixtures.government("TEST");
        dinkes = new Department(government, "DINKES", "Dinas Kesehatan", UnitType.DINAS);
        root = OrgUnit.rootOf(dinkes, "DINKES", "Dinas Kesehatan");
    }

    @Test
    void rootIsLevelOneWithItsCodeAsPath() {
        assertEquals(1, root.getLevel());
        assertTrue(root.isRoot());
        assertEquals("/DINKES/", root.getPath());
        assertSame(government, root.getGovernment());
        assertEquals(UnitKind.ORGANISATION_UNIT, root.getKind());
    }

    @Test
    void childPathExtendsTheParentPath() {
        OrgUnit bidang = root.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit seksi = bidang.addChild("DINKES-YANKES-RUJ", "Seksi Rujukan", UnitKind.ORGANISATION_UNIT, null, 3);

        assertEquals("/DINKES/DINKES-YANKES/DINKES-YANKES-RUJ/", seksi.getPath());
        assertSame(bidang, seksi.getParent());
        assertSame(dinkes, seksi.getDepartment());
        assertFalse(seksi.isRoot());
    }

    @Test
    void childMaySkipALevel() {
        OrgUnit uptd = root.addChild("DINKES-UPTD", "UPTD Laboratorium", UnitKind.WORK_UNIT, UnitType.UPTD, 3);

        assertEquals(3, uptd.getLevel());
        assertEquals(UnitKind.WORK_UNIT, uptd.getKind());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void childLevelMustBeDeeperThanParent(int level) {
        assertRefused("unit.levelBelowParent",
                () -> root.addChild("DINKES-X", "Bidang X", UnitKind.ORGANISATION_UNIT, null, level));
    }

    @Test
    void childLevelIsAtMostNine() {
        assertRefused("unit.levelTooDeep",
                () -> root.addChild("DINKES-X", "Bidang X", UnitKind.ORGANISATION_UNIT, null, 10));
    }

    @Test
    void grandchildMustBeDeeperThanItsParentNotJustTheRoot() {
        OrgUnit bidang = root.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 3);

        assertRefused("unit.levelBelowParent",
                () -> bidang.addChild("DINKES-YANKES-RUJ", "Seksi Rujukan", UnitKind.ORGANISATION_UNIT, null, 2));
    }

    @Test
    void inactiveParentTakesNoChildren() {
        root.deactivate();

        assertRefused("unit.parentInactive",
                () -> root.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DINKES", "A", "DINKES-SEKRE_UMUM", "UPTD-PKM-01", "1A",
            "A234567890123456789012345678901234567890"})
    void wellFormedCodesAreAccepted(String code) {
        assertEquals(code, root.addChild(code, "Unit", UnitKind.ORGANISATION_UNIT, null, 2).getCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "dinkes", "Dinkes", "-DINKES", "_DINKES", "DINKES SEKRE", "DINKES/SEKRE",
            "DINKES.SEKRE", "A2345678901234567890123456789012345678901"})
    void malformedCodesAreRefused(String code) {
        assertRefused("code.invalid", () -> root.addChild(code, "Unit", UnitKind.ORGANISATION_UNIT, null, 2));
    }

    @Test
    void departmentCodeFollowsTheSameFormat() {
        assertRefused("code.invalid", () -> new Department(government, "dinkes", "Dinas Kesehatan", UnitType.DINAS));
    }

    @Test
    void nameIsRequiredAndStripped() {
        assertRefused("unit.nameRequired",
                () -> root.addChild("DINKES-X", " ", UnitKind.ORGANISATION_UNIT, null, 2));
        assertEquals("Bidang X", root.addChild("DINKES-X", " Bidang X ", UnitKind.ORGANISATION_UNIT, null, 2).getName());
    }

    @Test
    void missingKindMeansOrganisationUnit() {
        assertEquals(UnitKind.ORGANISATION_UNIT, root.addChild("DINKES-X", "Bidang X", null, null, 2).getKind());
    }

    @Test
    void unitWithoutTypeTakesTheDepartmentType() {
        OrgUnit bidang = root.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);

        assertEquals(UnitType.DINAS, root.effectiveType());
        assertEquals(UnitType.DINAS, bidang.effectiveType());
    }

    @Test
    void unitTypeWinsOverDepartmentType() {
        OrgUnit puskesmas = root.addChild("PKM-DIWEK", "Puskesmas Diwek", UnitKind.WORK_UNIT, UnitType.PUSKESMAS, 3);

        assertEquals(UnitType.PUSKESMAS, puskesmas.effectiveType());
        assertEquals(UnitType.DINAS, root.effectiveType());
    }

    @Test
    void childInheritsTheNearestAncestorType() {
        OrgUnit puskesmas = root.addChild("PKM-DIWEK", "Puskesmas Diwek", UnitKind.WORK_UNIT, UnitType.PUSKESMAS, 3);
        OrgUnit pustu = puskesmas.addChild("PKM-DIWEK-PUSTU", "Puskesmas Pembantu", UnitKind.WORK_UNIT, null, 4);

        assertEquals(UnitType.PUSKESMAS, pustu.effectiveType());
    }

    @Test
    void changingToTheDepartmentTypeClearsTheUnitType() {
        OrgUnit unit = root.addChild("DINKES-UPTD", "UPTD", UnitKind.WORK_UNIT, UnitType.UPTD, 2);

        unit.changeType(UnitType.DINAS);

        assertNull(unit.getType());
        assertEquals(UnitType.DINAS, unit.effectiveType());

        dinkes.changeType(UnitType.BADAN);
        assertEquals(UnitType.BADAN, unit.effectiveType());
    }

    @Test
    void typeChosenForAUnitIsItsEffectiveTypeEvenUnderAUnitOfAnotherType() {
        OrgUnit puskesmas = root.addChild("PKM-DIWEK", "Puskesmas Diwek", UnitKind.WORK_UNIT, UnitType.PUSKESMAS, 3);
        OrgUnit child = puskesmas.addChild("PKM-DIWEK-TU", "Tata Usaha", UnitKind.ORGANISATION_UNIT, null, 4);

        child.changeType(UnitType.DINAS);

        assertEquals(UnitType.DINAS, child.effectiveType());
    }

    @Test
    void unitContainsItselfAndItsSubtree() {
        OrgUnit bidang = root.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit seksi = bidang.addChild("DINKES-YANKES-RUJ", "Seksi Rujukan", UnitKind.ORGANISATION_UNIT, null, 3);

        assertTrue(root.contains(root));
        assertTrue(root.contains(seksi));
        assertTrue(bidang.contains(seksi));
        assertFalse(seksi.contains(bidang));
        assertFalse(bidang.contains(null));
    }

    @Test
    void siblingWithACodeStartingLikeAnotherIsNotContained() {
        OrgUnit yankes = root.addChild("YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit yankesRujukan = root.addChild("YANKES2", "Bidang Pelayanan 2", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit child = yankesRujukan.addChild("X", "Seksi X", UnitKind.ORGANISATION_UNIT, null, 3);

        assertFalse(yankes.contains(yankesRujukan));
        assertFalse(yankes.contains(child));
    }

    @Test
    void unitOfAnotherDepartmentIsNotContained() {
        Department setda = new Department(government, "SETDA", "Sekretariat Daerah", UnitType.SEKRETARIAT_DAERAH);
        OrgUnit setdaRoot = OrgUnit.rootOf(setda, "SETDA", "Sekretariat Daerah");
        OrgUnit bagian = setdaRoot.addChild("SETDA-HUKUM", "Bagian Hukum", UnitKind.ORGANISATION_UNIT, null, 3);

        assertFalse(root.contains(setdaRoot));
        assertFalse(root.contains(bagian));
    }
}
