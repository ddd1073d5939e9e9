package org.peipao.query.exports;

import org.peipao.sheets.SheetWriter;
import org.peipao.sheets.Spreadsheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Exports of the read side's lists and tables: a list endpoint answers {@code Accept: text/csv} with CSV
 * ({@link SheetWriter#csv}) and {@code Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
 * with XLSX ({@link SheetWriter#xlsx}), streamed as it is read, with the list's filters and without its paging;
 * headers are in Chinese when the language asked for ({@code ?lang=}, else {@code Accept-Language}) is zh.
 */
public final class Exports {

    /** Items read per query while an export walks a list. */
    public static final int PAGE = 500;

    private Exports() {
    }

    /** Whether {@code accept} prefers XLSX to CSV (an export endpoint is only chosen for one of the two). */
    public static boolean wantsXlsx(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(MediaType.parseMediaType(Spreadsheets.XLSX)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(Spreadsheets.CSV)) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    /** One table as a download named {@code file} (.csv or .xlsx), in the format {@code accept} prefers. */
    public static <T> ResponseEntity<StreamingResponseBody> table(String accept, String file, boolean chinese,
                                                                  Table<T> table) {
        return tables(accept, file, chinese, List.of(table));
    }

    /** Tables as one workbook (XLSX: a sheet each); CSV takes one table only. */
    public static ResponseEntity<StreamingResponseBody> tables(String accept, String file, boolean chinese,
                                                               List<Table<?>> tables) {
        boolean xlsx = wantsXlsx(accept);
        if (!xlsx && tables.size() != 1) {
            throw new IllegalArgumentException("a CSV export has one table");
        }
        StreamingResponseBody body = output -> {
            SheetWriter writer = xlsx ? SheetWriter.xlsx(output) : SheetWriter.csv(output);
            try {
                for (Table<?> table : tables) {
                    write(writer, table, chinese);
                }
            } catch (UncheckedIOException clientWentAway) {
                throw clientWentAway.getCause();
            } finally {
                writer.finish();
            }
        };
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(Spreadsheets.XLSX) : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + (xlsx ? ".xlsx" : ".csv")
                        + "\"")
                .body(body);
    }

    /** Every item of a paged list: pages of {@link #PAGE} asked for until one comes back short. */
    public static <T> Iterable<T> wholeSelection(IntFunction<List<T>> page) {
        return () -> new Iterator<>() {
            private List<T> items = page.apply(0);
            private int number;
            private int index;

            @Override
            public boolean hasNext() {
                if (index == items.size() && items.size() == PAGE) {
                    items = page.apply(++number);
                    index = 0;
                }
                return index < items.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.get(index++);
            }
        };
    }

    private static <T> void write(SheetWriter writer, Table<T> table, boolean chinese) throws IOException {
        writer.sheet(table.name(chinese), table.header(chinese));
        for (T row : table.rows()) {
            writer.row(table.cells(row));
        }
    }
}
