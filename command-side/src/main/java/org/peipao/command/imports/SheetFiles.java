package org.peipao.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Templates and reports as files a spreadsheet opens safely:
 * <ul>
 *   <li>CSV (RFC 4180, Apache Commons CSV) in UTF-8 with a byte-order mark (zh-CN Excel reads UTF-8 without one as
 *       GBK), and a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 *       written with a leading {@code '} (OWASP, "CSV Injection");</li>
 *   <li>XLSX written by Apache POI's streaming SXSSF: every cell is a text or number cell, never a formula.</li>
 * </ul>
 * The same rules as the read side's {@code SpreadsheetCsv}, which the command side cannot depend on.
 */
final class SheetFiles {

    /** A sheet to write: its name, header and rows of cells ({@code null} is an empty cell). */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private SheetFiles() {
    }

    static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get()
                    .print(out);
            for (List<Object> row : table.rows()) {
                for (Object cell : row) {
                    csv.print(neutralised(cell));
                }
                csv.println();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Each table a sheet, its header in bold, every column formatted as text (typed ids and dates stay as typed). */
    static byte[] xlsx(List<Table> tables) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                    header.getCell(c).setCellStyle(bold);
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static String neutralised(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
