package org.peipao.query.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One cell of the dashboard's cube: a value, or {@link #ANY}, for each dimension the dashboard filters by.
 * Every fact is counted in each cell that matches it, so any combination of filters is one cell to read.
 */
record Dims(String domain, String source, String district, String kind) {

    static final String ANY = "*";
    static final Dims ALL = new Dims(ANY, ANY, ANY, ANY);

    String key() {
        return domain + "|" + source + "|" + district + "|" + kind;
    }

    Dims withoutDistrict() {
        return new Dims(domain, source, ANY, kind);
    }

    Dims onlyDomainAndSource() {
        return new Dims(domain, source, ANY, ANY);
    }

    Dims onlyKind() {
        return new Dims(ANY, ANY, ANY, kind);
    }

    Dims onlyDomain() {
        return new Dims(domain, ANY, ANY, ANY);
    }

    /**
     * Every cell a fact with these values belongs to: each dimension at its value and at {@link #ANY}.
     * A {@code null} value (the fact has none, or is not counted by that dimension) belongs to {@link #ANY} only;
     * a fact may have several kinds (the kinds of its companions).
     */
    static List<Dims> cellsOf(String domain, String source, String district, Set<String> kinds) {
        Set<String> kindValues = new LinkedHashSet<>(kinds);
        kindValues.add(ANY);
        List<Dims> cells = new ArrayList<>();
        for (String d : withAny(domain)) {
            for (String s : withAny(source)) {
                for (String x : withAny(district)) {
                    for (String k : kindValues) {
                        cells.add(new Dims(d, s, x, k));
                    }
                }
            }
        }
        return cells;
    }

    private static List<String> withAny(String value) {
        return value == null ? List.of(ANY) : List.of(value, ANY);
    }
}
