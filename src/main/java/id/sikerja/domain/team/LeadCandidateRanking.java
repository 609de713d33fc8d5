package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.FunctionalGrade;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Rank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * JB Pasal 21 huruf c: the ketua tim is preferably chosen, in this order, from (1) Pejabat Fungsional of the
 * keahlian category, (2) Pejabat Fungsional and Pelaksana with managerial experience or competence, (3) the
 * Pejabat Fungsional of the highest grade, (4) the Pelaksana of the highest rank (pangkat/golongan ruang).
 * A suggestion offered to the head where the policy's lead selection is PRIORITY_LIST, never a decision.
 *
 * <p>Managerial experience is approximated from the placement history: a past structural position
 * (JPT, Administrator, Pengawas). Open question: training records (Diklat PIM) would say more, but the model
 * has none yet.
 */
public final class LeadCandidateRanking {

    private LeadCandidateRanking() {
    }

    /** What the ranking needs to know of one person. */
    public record Candidate(long employeeId, String name, String positionTitle, PositionClass positionClass,
                            FunctionalGrade grade, int rankOrdinal, String rankLabel, boolean managerialExperience) {
    }

    /**
     * One ranked person: {@code tier} 1–4 is the clause of Pasal 21c they qualify under (5: none), {@code reasonKey}
     * the bundle key explaining it, with {@code reasonArgument}.
     */
    public record Ranked(int place, Candidate candidate, int tier, String reasonKey, String reasonArgument) {
    }

    /** The facts of a person on a date; empty when they hold no position then. */
    public static Optional<Candidate> factsOf(Employee employee, LocalDate on) {
        Optional<Position> position = employee.placementOn(on).map(Placement::getPosition);
        if (position.isEmpty()) {
            return Optional.empty();
        }
        Position p = position.get();
        boolean managerial = employee.getPlacements().stream()
                .anyMatch(pl -> pl.getPosition().getPositionClass().isManagerial());
        Rank rank = employee.getRank();
        long id = employee.getId() == null ? 0 : employee.getId();
        return Optional.of(new Candidate(id, employee.getName(), p.getTitle(), p.getPositionClass(), p.getGrade(),
                rank == null ? 0 : rank.getOrdinal(), rank == null ? null : rank.getLabel(), managerial));
    }

    /** Sorts candidates by JB Pasal 21c; managerial positions (heads) are not team-lead candidates and are left out. */
    public static List<Ranked> rank(Collection<Candidate> candidates) {
        List<Candidate> eligible = new ArrayList<>(candidates.stream()
                .filter(c -> !c.positionClass().isManagerial()).toList());
        eligible.sort(Comparator.comparingInt(LeadCandidateRanking::tier)
                .thenComparing(Candidate::managerialExperience, Comparator.reverseOrder())
                .thenComparing(c -> c.grade() == null ? 0 : c.grade().step(), Comparator.reverseOrder())
                .thenComparing(Candidate::rankOrdinal, Comparator.reverseOrder())
                .thenComparing(Candidate::name));
        List<Ranked> result = new ArrayList<>();
        for (Candidate c : eligible) {
            int tier = tier(c);
            result.add(new Ranked(result.size() + 1, c, tier, "team.rankReason." + tier, argument(c, tier)));
        }
        return result;
    }

    private static int tier(Candidate c) {
        if (c.positionClass() == PositionClass.FUNGSIONAL_KEAHLIAN) {
            return 1;
        }
        if (c.managerialExperience()) {
            return 2;
        }
        if (c.positionClass().isFunctional()) {
            return 3;
        }
        return c.positionClass() == PositionClass.PELAKSANA ? 4 : 5;
    }

    private static String argument(Candidate c, int tier) {
        return switch (tier) {
            case 1, 3 -> c.grade() == null ? "" : c.grade().name();
            case 4 -> c.rankLabel() == null ? "-" : c.rankLabel();
            default -> c.positionTitle();
        };
    }
}
