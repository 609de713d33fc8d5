package id.sikerja.domain.access;

import id.sikerja.domain.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessScopeTest {

    private static final long OWN_GOVERNMENT = 1;
    private static final long OTHER_GOVERNMENT = 2;
    private static final long SELF = 100;
    private static final long APPRAISEE = 200;
    private static final long STRANGER = 300;

    private static final String DINKES = "/DINKES/";
    private static final String YANKES = "/DINKES/DINKES-YANKES/";
    private static final String RUJUKAN = "/DINKES/DINKES-YANKES/DINKES-YANKES-RUJ/";
    private static final String SEKRETARIAT = "/DINKES/DINKES-SEKRE/";
    private static final String YANKES_LOOKALIKE = "/DINKES/DINKES-YANKES2/";

    /** A Kabid heading YANKES, sitting in YANKES, appraising one person outside the subtree. */
    private static AccessScope kabid() {
        return new AccessScope(OWN_GOVERNMENT, SELF, YANKES, Set.of(YANKES), Set.of(APPRAISEE),
                EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD));
    }

    private static AccessScope staff() {
        return new AccessScope(OWN_GOVERNMENT, SELF, RUJUKAN, Set.of(), Set.of(), EnumSet.of(Role.EMPLOYEE));
    }

    private static AccessScope with(Role role) {
        return new AccessScope(OWN_GOVERNMENT, null, null, Set.of(), Set.of(), EnumSet.of(role));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void otherGovernmentIsNeverCovered(Role role) {
        AccessScope scope = new AccessScope(OWN_GOVERNMENT, SELF, DINKES, Set.of(DINKES), Set.of(APPRAISEE),
                EnumSet.of(role));

        assertFalse(scope.coversUnit(OTHER_GOVERNMENT, DINKES));
        assertFalse(scope.coversEmployee(OTHER_GOVERNMENT, STRANGER, DINKES));
        assertFalse(scope.coversEmployee(OTHER_GOVERNMENT, SELF, DINKES), "same id in another government");
        assertFalse(scope.coversEmployee(OTHER_GOVERNMENT, APPRAISEE, null));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OVERSIGHT", "AUTHORITY"})
    void wholeGovernmentRolesSeeEveryUnitAndPerson(Role role) {
        AccessScope scope = with(role);

        assertTrue(scope.seesWholeGovernment());
        assertTrue(scope.coversUnit(OWN_GOVERNMENT, SEKRETARIAT));
        assertTrue(scope.coversEmployee(OWN_GOVERNMENT, STRANGER, SEKRETARIAT));
        assertTrue(scope.coversEmployee(OWN_GOVERNMENT, STRANGER, null));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EMPLOYEE", "TEAM_LEAD", "UNIT_HEAD", "DEPARTMENT_HEAD"})
    void otherRolesDoNotSeeTheWholeGovernment(Role role) {
        assertFalse(with(role).seesWholeGovernment());
        assertFalse(with(role).coversUnit(OWN_GOVERNMENT, SEKRETARIAT));
    }

    @Test
    void ownUnitIsCoveredButNotItsNeighbours() {
        AccessScope scope = staff();

        assertTrue(scope.coversUnit(OWN_GOVERNMENT, RUJUKAN));
        assertFalse(scope.coversUnit(OWN_GOVERNMENT, YANKES), "parent unit");
        assertFalse(scope.coversUnit(OWN_GOVERNMENT, SEKRETARIAT), "sibling unit");
    }

    @Test
    void ownRecordIsCovered() {
        assertTrue(staff().coversEmployee(OWN_GOVERNMENT, SELF, RUJUKAN));
        assertTrue(staff().coversEmployee(OWN_GOVERNMENT, SELF, null));
    }

    @Test
    void staffDoNotSeeOtherPeoplesRecords() {
        assertFalse(staff().coversEmployee(OWN_GOVERNMENT, STRANGER, SEKRETARIAT));
        assertFalse(staff().coversEmployee(OWN_GOVERNMENT, STRANGER, null));
    }

    @Test
    void headedSubtreeIsCoveredByPathPrefix() {
        AccessScope scope = kabid();

        assertTrue(scope.coversUnit(OWN_GOVERNMENT, YANKES));
        assertTrue(scope.coversUnit(OWN_GOVERNMENT, RUJUKAN));
        assertTrue(scope.coversEmployee(OWN_GOVERNMENT, STRANGER, RUJUKAN));
    }

    @Test
    void unitsOutsideTheHeadedSubtreeAreNotCovered() {
        AccessScope scope = kabid();

        assertFalse(scope.coversUnit(OWN_GOVERNMENT, DINKES), "the parent");
        assertFalse(scope.coversUnit(OWN_GOVERNMENT, SEKRETARIAT), "a sibling");
        assertFalse(scope.coversUnit(OWN_GOVERNMENT, YANKES_LOOKALIKE), "a sibling whose code starts alike");
        assertFalse(scope.coversEmployee(OWN_GOVERNMENT, STRANGER, SEKRETARIAT));
        assertFalse(scope.coversEmployee(OWN_GOVERNMENT, STRANGER, YANKES_LOOKALIKE));
    }

    @Test
    void appraiseeOutsideTheSubtreeIsCovered() {
        AccessScope scope = kabid();

        assertTrue(scope.coversEmployee(OWN_GOVERNMENT, APPRAISEE, SEKRETARIAT));
        assertTrue(scope.coversEmployee(OWN_GOVERNMENT, APPRAISEE, null));
    }

    @Test
    void requireAdminPassesForAdmin() {
        assertDoesNotThrow(() -> with(Role.ADMIN).requireAdmin());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void requireAdminRefusesEveryoneElse(Role role) {
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> with(role).requireAdmin());
        assertEquals("error.accessDenied", e.getMessageKey());
    }
}
