package id.sikerja.domain.organisation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small sets of enum constants or levels kept in one comma-separated column (rule criteria). */
final class CsvSets {

    private CsvSets() {
    }

    static <E extends Enum<E>> Set<E> enums(String csv, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::strip).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }

    static Set<Integer> ints(String csv) {
        Set<Integer> set = new TreeSet<>();
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).forEach(set::add);
        }
        return set;
    }

    static Set<String> strings(String csv) {
        Set<String> set = new TreeSet<>();
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(set::add);
        }
        return set;
    }

    static <T> String join(Collection<T> values, Function<T, String> toText) {
        return values == null ? "" : values.stream().map(toText).sorted().collect(Collectors.joining(","));
    }
}
