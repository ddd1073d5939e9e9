package org.peipao.command.imports;

/**
 * Reads an uploaded file as a {@link Sheet}, by what its bytes are rather than by the name a browser gives its type:
 * a zip archive is an XLSX workbook ({@link XlsxSheets}), anything else CSV text ({@link CsvSheets}).
 */
final class Sheets {

    /** Columns read at most; a kind has far fewer, and cells past them are ignored. */
    static final int MAX_COLUMNS = 64;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Sheets() {
    }

    /**
     * @param charset the CSV's charset, or {@code null} to detect it
     * @throws SheetRefused when the file cannot be read as a sheet of at most {@code maxRows} data rows
     */
    static Sheet read(byte[] bytes, String charset, int maxRows) {
        if (startsWith(bytes, ZIP)) {
            return XlsxSheets.read(bytes, maxRows);
        }
        if (startsWith(bytes, OLE2)) {
            throw SheetRefused.unreadable("old Excel (.xls) files are not read; save the workbook as .xlsx or CSV");
        }
        return CsvSheets.read(bytes, charset, maxRows);
    }

    static SheetRefused tooManyRows(int maxRows) {
        return SheetRefused.tooLarge("a file may have at most " + maxRows + " rows; split it");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
