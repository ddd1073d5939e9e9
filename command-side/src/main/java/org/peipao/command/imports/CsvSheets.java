package org.peipao.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file (RFC 4180, parsed by Apache Commons CSV) into a {@link Sheet}. The text is UTF-8, with or
 * without a byte-order mark, or GB18030 (which includes GBK, what zh-CN Excel writes): bytes that are not valid
 * UTF-8 are read as GB18030, unless the caller names the charset.
 */
final class CsvSheets {

    /** The charset zh-CN Excel's "CSV" writes (GBK), and its superset. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheets() {
    }

    /**
     * @param charset {@code null} to detect UTF-8 or GB18030; else the charset's name ({@code UTF-8}, {@code GB18030},
     *                {@code GBK}, ...)
     * @param maxRows the most data rows taken; a file with more is refused
     * @throws SheetRefused when the charset is unknown, the bytes are not text in it, the CSV is malformed or it has
     *                      too many rows
     */
    static Sheet read(byte[] bytes, String charset, int maxRows) {
        String text = decode(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> header = null;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().limit(Sheets.MAX_COLUMNS).map(String::strip).toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    rows.add(new Sheet.Row((int) record.getRecordNumber(), cells));
                    if (rows.size() > maxRows) {
                        throw Sheets.tooManyRows(maxRows);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw SheetRefused.unreadable("the CSV cannot be read: " + malformed.getMessage());
        }
        if (header == null) {
            throw SheetRefused.unreadable("the file is empty: the first row must name the columns");
        }
        return new Sheet(header, rows);
    }

    private static String decode(byte[] bytes, String charset) {
        if (charset != null) {
            Charset chosen = charsetNamed(charset);
            return strictly(bytes, chosen).orElseThrow(() -> SheetRefused.unreadable(
                    "the file is not text in " + chosen.name()));
        }
        return strictly(bytes, StandardCharsets.UTF_8)
                .or(() -> strictly(bytes, GB18030))
                .orElseThrow(() -> SheetRefused.unreadable("the file is neither UTF-8 nor GB18030 text"));
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new SheetRefused(400, "validation", "charset: is not a known charset",
                    List.of(new SheetRefused.Error("charset", "is not a known charset; use UTF-8 or GB18030")));
        }
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notThisCharset) {
            return Optional.empty();
        }
    }
}
