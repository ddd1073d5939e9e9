package org.peipao.query.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One cell of the dashboard's cube: a value, or {@link #ANY}, for each dimension the dashboard filters by.
 * Every fact is counted in each cell that matches it, so any combination of filters is one cell to read.
 */
record CubeCell(String domain, String source, String district, String kind) {

    static final String ANY = "*";
    static final CubeCell ALL = new CubeCell(ANY, ANY, ANY, ANY);

    /** The cell of these filters: each dimension at its value, or {@link #ANY} where it is {@code null}. */
    static CubeCell filter(Object domain, String source, String district, Object kind) {
        return new CubeCell(orAny(domain), orAny(source), orAny(district), orAny(kind));
    }

    private static String orAny(Object value) {
        return value == null ? ANY : value.toString();
    }

    String key() {
        return domain + "|" + source + "|" + district + "|" + kind;
    }

    CubeCell withoutDistrict() {
        return new CubeCell(domain, source, ANY, kind);
    }

    CubeCell onlyDomainAndSource() {
        return new CubeCell(domain, source, ANY, ANY);
    }

    CubeCell onlyKind() {
        return new CubeCell(ANY, ANY, ANY, kind);
    }

    CubeCell onlyDomain() {
        return new CubeCell(domain, ANY, ANY, ANY);
    }

    /**
     * Every cell a fact with these values belongs to: each dimension at its value and at {@link #ANY}.
     * A {@code null} value (the fact has none, or is not counted by that dimension) belongs to {@link #ANY} only;
     * a fact may have several kinds (the kinds of its companions).
     */
    static List<CubeCell> cellsOf(String domain, String source, String district, Set<String> kinds) {
        Set<String> kindValues = new LinkedHashSet<>(kinds);
        kindValues.add(ANY);
        List<CubeCell> cells = new ArrayList<>();
        for (String d : withAny(domain)) {
            for (String s : withAny(source)) {
                for (String x : withAny(district)) {
                    for (String k : kindValues) {
                        cells.add(new CubeCell(d, s, x, k));
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
