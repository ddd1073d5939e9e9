package org.peipao.command.imports;

import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row matched against a kind's columns, before any row is read: each header must name a column (by its
 * en or zh header), no column may appear twice, and every required column must be there. Otherwise the whole file
 * is refused, with an error per header at fault.
 */
final class SheetHeaders {

    private final Map<String, Integer> positions;

    private SheetHeaders(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /** @throws SheetRefused ({@code 400 sheet-headers}) naming every unknown, repeated or missing column */
    static SheetHeaders match(ImportKind kind, List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        List<SheetRefused.Error> errors = new ArrayList<>();
        for (int position = 0; position < header.size(); position++) {
            String text = header.get(position);
            if (text.isEmpty()) {
                continue;
            }
            Column column = find(kind, text);
            String where = "column " + CellReference.convertNumToColString(position);
            if (column == null) {
                errors.add(new SheetRefused.Error(text, "is not a column of " + kind.path() + " (" + where
                        + "); the columns are " + kind.columns().stream().map(c -> c.name() + " (" + c.label() + ")")
                        .toList()));
            } else if (positions.putIfAbsent(column.name(), position) != null) {
                errors.add(new SheetRefused.Error(text, "repeats the column " + column.name() + " (" + where
                        + " and column " + CellReference.convertNumToColString(positions.get(column.name())) + ")"));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !positions.containsKey(column.name())) {
                errors.add(new SheetRefused.Error(column.name(), "is a required column (" + column.label()
                        + ") and the first row does not name it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SheetRefused(400, "sheet-headers", errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " headers do not fit " + kind.path(), errors);
        }
        return new SheetHeaders(positions);
    }

    /** The row's cell in {@code column} (by its en name), {@code ""} when the file has no such column. */
    String cell(Sheet.Row row, String column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position);
    }

    /** Whether the file has the column. */
    boolean has(String column) {
        return positions.containsKey(column);
    }

    private static Column find(ImportKind kind, String header) {
        String folded = header.strip().toLowerCase(Locale.ROOT);
        return kind.columns().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(folded) || c.label().equals(header.strip()))
                .findFirst().orElse(null);
    }
}
