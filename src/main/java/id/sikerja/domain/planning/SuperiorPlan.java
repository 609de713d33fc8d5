package id.sikerja.domain.planning;

import java.util.Optional;
import java.util.Set;

/**
 * What the links of an agreement's indicators upward are checked against ({@link Indicator#requireServable}):
 * the employees above the agreement's owner, and the indicators of the owner's government by id.
 */
public interface SuperiorPlan {

    /** No superior: any link upward is refused. */
    SuperiorPlan NONE = new SuperiorPlan() {
        @Override
        public Set<Long> superiorIds() {
            return Set.of();
        }

        @Override
        public Optional<Indicator> indicator(long id) {
            return Optional.empty();
        }
    };

    Set<Long> superiorIds();

    /** The indicator with its objective and agreement, if the government has it. */
    Optional<Indicator> indicator(long id);
}
