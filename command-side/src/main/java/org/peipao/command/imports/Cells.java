package org.peipao.command.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cell text read as the API's field types. An empty cell is {@code null} (an absent field, which the command's
 * constraints judge); text that is not of the type is a {@link RowResult.Problem} naming the column, in the API's words
 * ({@code cannot be 'WIZARD'; one of [...]}).
 */
final class Cells {

    /** A list in a cell is separated by {@code ;} or {@code 、} (also the full-width {@code ；}). */
    private static final Pattern LIST = Pattern.compile("[;；、]");

    private final List<RowResult.Problem> problems = new ArrayList<>();

    /** The problems met so far; a row with any is refused without sending a command. */
    List<RowResult.Problem> problems() {
        return problems;
    }

    static String text(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    <E extends Enum<E>> E enumeration(String column, String cell, Class<E> type) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(RowResult.Problem.invalid(column, "cannot be '" + cell + "'; one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** The cell's list items, each an {@code E}; an empty cell is an empty list. */
    <E extends Enum<E>> List<E> enumerations(String column, String cell, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : items(cell)) {
            E value = enumeration(column, item, type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** A whole number; XLSX numbers may come as {@code 8.0}. */
    Integer integer(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cell.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException notWhole) {
            problems.add(RowResult.Problem.invalid(column, "cannot be '" + cell + "'; it must be a whole number"));
            return null;
        }
    }

    LocalDate date(String column, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(RowResult.Problem.invalid(column, "cannot be '" + text + "'; a date is YYYY-MM-DD"));
            return null;
        }
    }

    void refuse(String column, String message) {
        problems.add(RowResult.Problem.invalid(column, message));
    }

    /** The non-empty items of a list cell. */
    static List<String> items(String cell) {
        return Arrays.stream(LIST.split(cell)).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
