package org.peipao.command.imports;

/**
 * A column of an import: its en header is the API's field name, its zh header the field's Chinese label; either
 * names it.
 *
 * @param name     the API's field name, e.g. {@code organisation}
 * @param label    its Chinese label, e.g. {@code 单位}
 * @param required whether a file must have the column
 * @param example  a cell value the template shows
 */
record Column(String name, String label, boolean required, String example) {

    static Column required(String name, String label, String example) {
        return new Column(name, label, true, example);
    }

    static Column optional(String name, String label, String example) {
        return new Column(name, label, false, example);
    }

    /** The header in the language asked for. */
    String header(boolean chinese) {
        return chinese ? label : name;
    }
}
