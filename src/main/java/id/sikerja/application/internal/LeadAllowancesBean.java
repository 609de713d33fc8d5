package id.sikerja.application.internal;

import id.sikerja.application.CurrentUser;
import id.sikerja.application.LeadAllowances;
import id.sikerja.domain.access.AccessScope;
import id.sikerja.domain.access.Role;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.team.LeadAllowance;
import id.sikerja.domain.team.TeamMember;
import id.sikerja.domain.team.TeamRepository;
import id.sikerja.domain.team.WorkTeam;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link LeadAllowances}: the admin's KL Pasal 25 report, read from the signed team decrees of the year. */
@Stateless
public class LeadAllowancesBean implements LeadAllowances {

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamRepository teams;

    @Inject
    OrganisationRepository organisation;

    @Override
    public boolean offered() {
        AccessScope scope = currentUser.scope();
        return scope.has(Role.ADMIN) && organisation.policy(scope.governmentId())
                .map(PolicyProfile::isExtraAllowanceReport).orElse(false);
    }

    @Override
    public List<AllowanceRow> report(int year) {
        AccessScope scope = currentUser.scope();
        if (!scope.has(Role.ADMIN)) {
            throw new AccessDeniedException("allowance");
        }
        if (!offered()) {
            throw new BusinessRuleException("allowance.notOffered");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<AllowanceRow> rows = new ArrayList<>();
        for (WorkTeam team : teams.establishedTeamsBetween(scope.governmentId(), from, to)) {
            // judged on the first day of the appointment within the year
            LocalDate on = team.getStartDate().isAfter(from) ? team.getStartDate() : from;
            for (TeamMember m : team.getMembers()) {
                Employee e = m.getEmployee();
                Optional<LeadAllowance.Basis> basis = LeadAllowance.basisFor(e, m.getRole(), m.getApproval(),
                        team.getKind(), on);
                if (basis.isPresent()) {
                    Optional<Placement> p = e.placementOn(on).or(() -> e.placementOn(LocalDate.now()));
                    rows.add(new AllowanceRow(e.getId(), e.getName(),
                            e.getNip() == null ? null : e.getNip().formatted(),
                            p.map(x -> x.getPosition().getTitle()).orElse(null),
                            team.getOwnerUnit().getDepartment().getName(), m.getRole(), team.getId(), team.getName(),
                            team.getStartDate(), team.getEndDate(), basis.get()));
                }
            }
        }
        rows.sort(Comparator.comparing(AllowanceRow::departmentName).thenComparing(AllowanceRow::name));
        return rows;
    }
}
