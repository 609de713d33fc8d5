package id.sikerja.domain.access;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleDerivationTest {

    private static PlacementFacts facts(boolean employee, boolean headsUnit, boolean headsDepartment,
                                        boolean regionalOfficial, boolean appraises) {
        return new PlacementFacts(employee, headsUnit, headsDepartment, regionalOfficial, appraises);
    }

    @Test
    void plainEmployeeIsEmployeeOnly() {
        assertEquals(EnumSet.of(Role.EMPLOYEE),
                RoleDerivation.rolesOf(Set.of(), facts(true, false, false, false, false)));
    }

    @Test
    void headingAUnitMakesUnitHead() {
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD),
                RoleDerivation.rolesOf(Set.of(), facts(true, true, false, false, false)));
    }

    @Test
    void appraisingSomeoneMakesUnitHead() {
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD),
                RoleDerivation.rolesOf(Set.of(), facts(true, false, false, false, true)));
    }

    @Test
    void headingADepartmentMakesDepartmentHead() {
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD, Role.DEPARTMENT_HEAD),
                RoleDerivation.rolesOf(Set.of(), facts(true, true, true, false, false)));
    }

    @Test
    void regionalOfficialIsAnAuthority() {
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.UNIT_HEAD, Role.AUTHORITY),
                RoleDerivation.rolesOf(Set.of(), facts(true, true, false, true, false)));
    }

    @Test
    void grantsAreAdded() {
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.ADMIN, Role.TEAM_LEAD),
                RoleDerivation.rolesOf(Set.of(Role.ADMIN, Role.TEAM_LEAD), facts(true, false, false, false, false)));
    }

    @Test
    void nonGrantableRolesInTheGrantsAreIgnored() {
        assertEquals(EnumSet.of(Role.OVERSIGHT),
                RoleDerivation.rolesOf(EnumSet.of(Role.OVERSIGHT, Role.UNIT_HEAD, Role.DEPARTMENT_HEAD, Role.EMPLOYEE),
                        PlacementFacts.none()));
    }

    @Test
    void employeeRoleNeedsAnEmployeeRecord() {
        assertEquals(EnumSet.of(Role.ADMIN), RoleDerivation.rolesOf(Set.of(Role.ADMIN), PlacementFacts.none()));
        assertEquals(EnumSet.noneOf(Role.class), RoleDerivation.rolesOf(Set.of(), PlacementFacts.none()));
    }
}
