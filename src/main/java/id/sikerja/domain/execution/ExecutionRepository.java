package id.sikerja.domain.execution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Work log entries and their evidence. */
public interface ExecutionRepository {

    void add(WorkLog log);

    void add(Evidence evidence);

    void remove(WorkLog log);

    void flush();

    Optional<WorkLog> log(long governmentId, long id);

    /** An employee's entries, newest first. */
    List<WorkLog> logsOf(long governmentId, long employeeId, int limit);

    /** Entries that name the employee as having worked with the author, newest first. */
    List<WorkLog> logsWith(long governmentId, long employeeId, int limit);

    /** Evidence metadata of entries (the content is not read). */
    List<Evidence> evidenceOf(Collection<Long> logIds);

    Optional<Evidence> evidence(long governmentId, long id);

    /** A large object filled from {@code in} as the evidence row is written ({@code size} bytes). */
    java.sql.Blob blobOf(java.io.InputStream in, long size);
}
