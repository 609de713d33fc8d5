package id.sikerja.domain.organisation;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which employees a list shows. {@code pathPrefixes} restricts to unit subtrees (null = whole
 * government, used only for ADMIN/OVERSIGHT/AUTHORITY); {@code extraEmployeeIds} adds people outside
 * them (the user's own record, appraisees).
 */
public record EmployeeFilter(long governmentId, String text, Set<String> pathPrefixes, Set<Long> extraEmployeeIds,
                             LocalDate on, String sortField, boolean ascending) {
}
