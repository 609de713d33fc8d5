package id.sikerja.domain.access;

import id.sikerja.domain.shared.AccessDeniedException;

import java.util.Set;

/**
 * What one signed-in user may see, computed once per request: always one government (tenant
 * isolation); within it the whole government (ADMIN, OVERSIGHT, AUTHORITY), the subtrees of the
 * units they head (UNIT_HEAD, DEPARTMENT_HEAD), the people they appraise, and their own record.
 *
 * @param governmentId   the only government the user may ever see
 * @param employeeId     the user's own employee record, or null
 * @param ownUnitPath    path of the unit the user sits in (its unit page is visible to them), or null
 * @param headedPaths    paths of the units the user heads: their whole subtrees are in scope
 * @param appraiseeIds   employees the user appraises (may sit outside the headed subtrees)
 * @param roles          the user's roles
 */
public record AccessScope(long governmentId, Long employeeId, String ownUnitPath, Set<String> headedPaths,
                          Set<Long> appraiseeIds, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** ADMIN, OVERSIGHT and AUTHORITY see every unit and person of their government. */
    public boolean seesWholeGovernment() {
        return has(Role.ADMIN) || has(Role.OVERSIGHT) || has(Role.AUTHORITY);
    }

    /** Whether the user may open the page of the unit at {@code unitPath} (with its people). */
    public boolean coversUnit(long unitGovernmentId, String unitPath) {
        if (unitGovernmentId != governmentId) {
            return false;
        }
        return seesWholeGovernment() || unitPath.equals(ownUnitPath)
                || headedPaths.stream().anyMatch(unitPath::startsWith);
    }

    /**
     * Whether the user may see an employee's record: their own, anyone in a headed subtree or
     * appraised by them, anyone in the government for ADMIN/OVERSIGHT/AUTHORITY.
     */
    public boolean coversEmployee(long employeeGovernmentId, long otherEmployeeId, String unitPathOrNull) {
        if (employeeGovernmentId != governmentId) {
            return false;
        }
        if (seesWholeGovernment() || Long.valueOf(otherEmployeeId).equals(employeeId)
                || appraiseeIds.contains(otherEmployeeId)) {
            return true;
        }
        return unitPathOrNull != null && headedPaths.stream().anyMatch(unitPathOrNull::startsWith);
    }

    /** Administration (writes to the organisation model) is the personnel office's alone. */
    public void requireAdmin() {
        if (!has(Role.ADMIN)) {
            throw new AccessDeniedException("admin");
        }
    }
}
