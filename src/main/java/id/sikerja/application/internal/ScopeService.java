package id.sikerja.application.internal;

import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.AccountRepository;
import id.sikerja.domain.access.PlacementFacts;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.RoleDerivation;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.organisation.AppraiserOverride;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.UnitType;
import id.sikerja.domain.shared.AccessDeniedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Computes a user's roles and access scope from their account and current placement. */
@Stateless
public class ScopeService {

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisation;

    public AccessScope scopeOf(String username) {
        UserAccount account = accounts.byUsername(username).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("signIn"));
        long governmentId = account.getGovernment().getId();
        Employee employee = account.getEmployee();
        LocalDate today = LocalDate.now();
        Optional<Placement> placement = employee == null ? Optional.empty() : employee.placementOn(today);
        Set<Role> roles = RoleDerivation.rolesOf(account.getGrants(), facts(governmentId, employee, placement));
        String ownPath = placement.map(p -> p.getPosition().getUnit().getPath()).orElse(null);
        Set<String> headed = placement.map(Placement::getPosition).filter(Position::isHeadsUnit)
                .map(p -> Set.of(p.getUnit().getPath())).orElse(Set.of());
        Set<Long> appraisees = employee == null ? Set.of()
                : organisation.overridesByAppraiser(governmentId, employee.getId()).stream()
                .map(o -> o.getEmployee().getId()).collect(Collectors.toSet());
        return new AccessScope(governmentId, employee == null ? null : employee.getId(), ownPath, headed, appraisees,
                roles);
    }

    /** The roles of an account now (used at sign-in to fill the caller's groups). */
    public Set<Role> rolesOf(UserAccount account) {
        Employee employee = account.getEmployee();
        Optional<Placement> placement = employee == null ? Optional.empty() : employee.placementOn(LocalDate.now());
        return RoleDerivation.rolesOf(account.getGrants(), facts(account.getGovernment().getId(), employee, placement));
    }

    private PlacementFacts facts(long governmentId, Employee employee, Optional<Placement> placement) {
        if (employee == null) {
            return PlacementFacts.none();
        }
        Optional<Position> position = placement.map(Placement::getPosition);
        boolean heads = position.map(Position::isHeadsUnit).orElse(false);
        boolean headsDepartment = heads && position.get().getUnit().isRoot()
                && position.get().getUnit().getDepartment().getType() != UnitType.KEPALA_DAERAH;
        boolean official = position.map(p -> p.getPositionClass() == PositionClass.KEPALA_DAERAH
                || p.isHeadsUnit() && p.getUnit().isRoot()
                && p.getUnit().getDepartment().getType() == UnitType.SEKRETARIAT_DAERAH).orElse(false);
        boolean appraises = !organisation.overridesByAppraiser(governmentId, employee.getId()).isEmpty();
        return new PlacementFacts(true, heads, headsDepartment, official, appraises);
    }

    /** For the home page: how many active overrides name this person as appraiser. */
    long overrideAppraiseeCount(long governmentId, long employeeId) {
        return organisation.overridesByAppraiser(governmentId, employeeId).stream()
                .filter(AppraiserOverride::isActive).count();
    }
}
