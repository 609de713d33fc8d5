package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.Equalisations;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.shared.ConcurrentEditException;
import id.sikerja.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** {@link Equalisations}: the admin of the government, on the version of the record they saw. */
@Stateless
public class EqualisationsBean implements Equalisations {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationRepository repository;

    @Override
    public void record(long employeeId, int version, boolean equalised) {
        AccessScope scope = currentUser.scope();
        scope.requireAdmin();
        Employee employee = repository.employee(scope.governmentId(), employeeId)
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        ConcurrentEditException.check("employee", employee.getVersion(), version);
        employee.recordEqualisation(equalised);
        repository.flush();
    }
}
