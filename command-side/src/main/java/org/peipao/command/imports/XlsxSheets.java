package org.peipao.command.imports;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the first sheet of an XLSX workbook into a {@link Sheet}, with Apache POI's streaming (SAX) reader, so that
 * memory follows the text, not the workbook's object model. Hostile files are refused (OWASP's XML and file-upload
 * advice):
 * <ul>
 *   <li>zip bombs: POI's {@link ZipSecureFile} refuses an entry that inflates more than {@value #MIN_INFLATE_RATIO_INVERSE}
 *       times, or past {@value #MAX_ENTRY_BYTES} bytes;</li>
 *   <li>XML external entities: POI's parsers ({@link XMLHelper}) refuse document type declarations;</li>
 *   <li>macros and external links: a workbook that carries a VBA project or links to other workbooks is refused;</li>
 *   <li>formulas: a formula cell is read as the value Excel cached when it saved the file; nothing is evaluated.</li>
 * </ul>
 */
final class XlsxSheets {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MIN_INFLATE_RATIO_INVERSE = 100;
    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    private static final DataFormatter CELL_TEXT = new DataFormatter(Locale.ROOT);

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_RATIO_INVERSE);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxSheets() {
    }

    /**
     * @param maxRows the most data rows taken; a sheet with more is refused
     * @throws SheetRefused when the file is not a readable, harmless XLSX workbook, or has too many rows
     */
    static Sheet read(byte[] bytes, int maxRows) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            refuseActiveContent(workbook);
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw SheetRefused.unreadable("the workbook has no sheet");
            }
            Collector rows = new Collector(maxRows);
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook), rows, CELL_TEXT, false));
                parser.parse(new InputSource(first));
            }
            if (rows.header == null) {
                throw SheetRefused.unreadable("the sheet is empty: its first row must name the columns");
            }
            return new Sheet(rows.header, rows.rows);
        } catch (SheetRefused refused) {
            throw refused;
        } catch (NotOfficeXmlFileException | InvalidFormatException notXlsx) {
            throw SheetRefused.unreadable("the file is not an XLSX workbook");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException unreadable) {
            throw SheetRefused.unreadable("the workbook cannot be read safely: " + reason(unreadable));
        }
    }

    private static void refuseActiveContent(OPCPackage workbook) throws InvalidFormatException {
        for (PackagePart part : workbook.getParts()) {
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            if (name.endsWith(".bin") && name.contains("vbaproject") || type.contains("macroenabled")
                    || type.contains("vbaproject")) {
                throw SheetRefused.unreadable("the workbook contains macros; save it as a plain .xlsx workbook");
            }
            if (name.startsWith("/xl/externallinks/")) {
                throw SheetRefused.unreadable("the workbook links to other workbooks; paste the values instead");
            }
        }
    }

    /** POI's own words (zip bomb, DOCTYPE, ...), without class names. */
    private static String reason(Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? failure.getMessage() : cause.getMessage();
        if (message == null) {
            return "it is malformed";
        }
        String firstLine = message.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) : firstLine;
    }

    /** Gathers the rows as POI reports them, filling skipped (empty) cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private List<String> header;
        private final List<Sheet.Row> rows = new ArrayList<>();
        private List<String> cells;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = List.copyOf(cells);
            } else if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(new Sheet.Row(rowNum + 1, List.copyOf(cells)));
                if (rows.size() > maxRows) {
                    throw Sheets.tooManyRows(maxRows);
                }
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column && column < Sheets.MAX_COLUMNS) {
                cells.add(value == null ? "" : value.strip());
            }
        }
    }
}
