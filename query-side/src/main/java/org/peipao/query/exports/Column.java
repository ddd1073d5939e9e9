package org.peipao.query.exports;

import java.util.function.Function;

/**
 * A column of an export: its en header (the API's field name), its zh header (the field's Chinese label), and how a
 * row gives its cell (a {@link Number} is a number cell, anything else text, {@code null} an empty cell).
 */
public record Column<T>(String name, String label, Function<T, Object> value) {

    public static <T> Column<T> of(String name, String label, Function<T, Object> value) {
        return new Column<>(name, label, value);
    }

    /** The header in the language asked for. */
    public String header(boolean chinese) {
        return chinese ? label : name;
    }
}
