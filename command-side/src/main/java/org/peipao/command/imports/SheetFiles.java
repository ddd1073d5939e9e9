package org.peipao.command.imports;

import org.peipao.sheets.SheetWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Templates and reports as files a spreadsheet opens safely, written by the same {@link SheetWriter} as the read
 * side's exports: CSV with a byte-order mark and no cell a formula, XLSX with text and number cells only.
 */
final class SheetFiles {

    /** A sheet to write: its name, header and rows of cells ({@code null} is an empty cell). */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private SheetFiles() {
    }

    static byte[] csv(Table table) {
        return write(SheetWriter::csv, List.of(table));
    }

    /** Each table a sheet, its header in bold, every column formatted as text (typed ids and dates stay as typed). */
    static byte[] xlsx(List<Table> tables) {
        return write(SheetWriter::xlsx, tables);
    }

    private static byte[] write(Function<ByteArrayOutputStream, SheetWriter> format,
                                List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SheetWriter writer = format.apply(bytes);
        try {
            for (Table table : tables) {
                writer.sheet(table.name(), table.header());
                for (List<Object> row : table.rows()) {
                    writer.row(row);
                }
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
