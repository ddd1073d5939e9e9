package org.peipao.sheets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV that spreadsheets open correctly and safely (RFC 4180, written by Apache Commons CSV):
 * <ul>
 *   <li>it begins with a UTF-8 byte-order mark, without which zh-CN Excel reads UTF-8 as GBK and garbles Chinese;</li>
 *   <li>a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 *       with a leading {@code '}, so that no spreadsheet evaluates it as a formula (OWASP, "CSV Injection").</li>
 * </ul>
 */
public final class SpreadsheetCsv {

    /** The byte-order mark, as the first character of the text. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private SpreadsheetCsv() {
    }

    /** A printer on {@code out} that has written the byte-order mark and {@code header}. */
    public static CSVPrinter open(Writer out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
    }

    /** {@code value} as a cell no spreadsheet evaluates; {@code null} is an empty cell. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
