package org.peipao.query.exports;

import java.util.List;

/**
 * A table to export: its name (the sheet's, and the file's when it is the only one), its columns, and its rows.
 *
 * @param name    the en name, e.g. {@code landingsByDistrict}
 * @param label   the zh name, e.g. {@code 落地（按区县）}
 * @param columns the columns, in order
 * @param rows    the rows, each given its cells by the columns
 */
public record Table<T>(String name, String label, List<Column<T>> columns, Iterable<T> rows) {

    /** The sheet's name in the language asked for. */
    public String name(boolean chinese) {
        return chinese ? label : name;
    }

    List<String> header(boolean chinese) {
        return columns.stream().map(column -> column.header(chinese)).toList();
    }

    List<Object> cells(T row) {
        return columns.stream().map(column -> column.value().apply(row)).toList();
    }
}
