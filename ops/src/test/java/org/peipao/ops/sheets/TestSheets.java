package org.peipao.ops.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Spreadsheets for tests, written and read back with the libraries (Apache POI, Commons CSV). */
final class TestSheets {

    private static final DataFormatter CELLS = new DataFormatter(Locale.ROOT);

    private TestSheets() {
    }

    /** Rows as CSV text (RFC 4180), encoded in {@code charset}, with or without a byte-order mark. */
    static byte[] csv(List<List<String>> rows, Charset charset, boolean byteOrderMark) {
        StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        try (CSVPrinter printer = CSVFormat.RFC4180.print(text)) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(charset);
    }

    static byte[] csv(List<List<String>> rows) {
        return csv(rows, StandardCharsets.UTF_8, true);
    }

    /** Rows as the first sheet of an XLSX workbook, every cell a text cell. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A downloaded XLSX template filled in: {@code rows} written below the first sheet's header as text cells, every
     * other sheet (the template's help) kept as it was.
     */
    static byte[] fillXlsx(byte[] template, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            int next = sheet.getLastRowNum() + 1;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A downloaded CSV template filled in: its bytes (byte-order mark and header) followed by {@code rows}. */
    static byte[] fillCsv(byte[] template, List<List<String>> rows) {
        String text = new String(template, StandardCharsets.UTF_8);
        StringBuilder filled = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            filled.append("\r\n");
        }
        try (CSVPrinter printer = CSVFormat.RFC4180.print(filled)) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filled.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of a workbook's sheet as text (numbers as Excel shows them), row by row. */
    static List<List<String>> readXlsx(byte[] bytes, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new IllegalArgumentException("no sheet " + sheetName);
            }
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : CELLS.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet names of a workbook, in order. */
    static List<String> sheetNames(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV answer read back with Commons CSV; its byte-order mark is required and dropped. */
    static List<List<String>> readCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("a CSV export starts with a byte-order mark");
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
