package org.peipao.sheets;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows as they come, as CSV or as XLSX sheets, into a stream: the read side's exports, and the command side's
 * import templates and reports.
 */
public interface SheetWriter {

    /** Starts a sheet (CSV has one: a second sheet is an error). */
    void sheet(String name, List<String> header) throws IOException;

    /** A row of the current sheet: a {@link Number} is a number cell, {@code null} an empty cell, anything else text. */
    void row(List<Object> cells) throws IOException;

    /** Writes what is left and releases what the writer holds (SXSSF's temporary files). */
    void finish() throws IOException;

    /** CSV through {@link SpreadsheetCsv}: RFC 4180, a byte-order mark, no cell a formula (OWASP, "CSV Injection"). */
    static SheetWriter csv(OutputStream output) {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        return new SheetWriter() {
            private CSVPrinter csv;

            @Override
            public void sheet(String name, List<String> header) throws IOException {
                if (csv != null) {
                    throw new IllegalStateException("a CSV file has one table");
                }
                csv = SpreadsheetCsv.open(out, header.toArray(String[]::new));
            }

            @Override
            public void row(List<Object> cells) throws IOException {
                for (Object cell : cells) {
                    csv.print(SpreadsheetCsv.cell(cell instanceof BigDecimal amount ? amount.toPlainString() : cell));
                }
                csv.println();
            }

            @Override
            public void finish() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * XLSX written by Apache POI's SXSSF: only {@value Xlsx#WINDOW} rows are in memory at a time (the rest in compressed
     * temporary files), so memory stays flat however long the export. Text and number cells only, never a formula;
     * text longer than a cell holds (32,767 characters) is cut, and a sheet past 1,048,576 rows continues on another.
     * Headers are bold and frozen; every column is formatted as text, so what a person types into it (an id, a date)
     * stays as typed.
     */
    static SheetWriter xlsx(OutputStream output) {
        return new Xlsx(output);
    }

    /** The XLSX writer. */
    final class Xlsx implements SheetWriter {
        static final int WINDOW = 200;
        private static final int MAX_TEXT = 32_767;
        private final OutputStream output;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final CellStyle bold;
        private final CellStyle text;
        private SXSSFSheet sheet;
        private String name;
        private List<String> header;
        private int part;
        private int next;

        private Xlsx(OutputStream output) {
            this.output = output;
            workbook.setCompressTempFiles(true);
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        @Override
        public void sheet(String name, List<String> header) {
            this.name = name;
            this.header = header;
            this.part = 1;
            open(WorkbookUtil.createSafeSheetName(name));
        }

        private void open(String sheetName) {
            sheet = workbook.createSheet(sheetName);
            Row row = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
                row.getCell(c).setCellStyle(bold);
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }

        @Override
        public void row(List<Object> cells) {
            if (next > workbook.getSpreadsheetVersion().getLastRowIndex()) {
                part++;
                open(WorkbookUtil.createSafeSheetName(name + " (" + part + ")"));
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    String text = value.toString();
                    row.createCell(c).setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                }
            }
        }

        @Override
        public void finish() throws IOException {
            try {
                workbook.write(output);
                output.flush();
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }
}
