package org.peipao.command.imports;

import java.util.List;

/**
 * A spreadsheet's first sheet as text: its header row and its data rows, blank rows left out.
 *
 * @param header the cells of the first row, stripped
 * @param rows   the data rows in order
 */
record Sheet(List<String> header, List<Row> rows) {

    /**
     * One data row.
     *
     * @param number the row's number as a spreadsheet shows it (the header is row 1)
     * @param cells  its cells by column position; a missing cell is {@code ""}
     */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
