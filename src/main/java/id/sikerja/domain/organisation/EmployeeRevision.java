package id.sikerja.domain.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One committed version of an employee's master data, with who committed it. Kept by the
 * persistence layer for every change; never edited.
 */
public record EmployeeRevision(Instant at, String username, Kind kind, String name, String nip, String rankCode,
                               EmploymentStatus status, String email, String phone) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** The fields (by name: name, nip, rank, status, email, phone) that differ from the previous version. */
    public List<String> changedSince(EmployeeRevision previous) {
        List<String> changed = new ArrayList<>();
        if (previous == null) {
            return changed;
        }
        compare(changed, "name", name, previous.name);
        compare(changed, "nip", nip, previous.nip);
        compare(changed, "rank", rankCode, previous.rankCode);
        compare(changed, "status", status, previous.status);
        compare(changed, "email", email, previous.email);
        compare(changed, "phone", phone, previous.phone);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(field);
        }
    }
}
