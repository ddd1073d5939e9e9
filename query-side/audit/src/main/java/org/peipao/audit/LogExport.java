package org.peipao.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVPrinter;
import org.peipao.query.exports.Exports;
import org.peipao.sheets.SheetWriter;
import org.peipao.sheets.SpreadsheetCsv;
import org.peipao.sheets.Spreadsheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a whole selection of the global log as it is read, chunk by chunk, as NDJSON, CSV or XLSX: memory stays
 * bounded however many events are exported.
 */
final class LogExport {

    static final String NDJSON = "application/x-ndjson";
    private static final String[] CSV_HEADER = {"globalPosition", "aggregateId", "sequence", "type", "revision",
            "timestamp", "actor", "actorRoles", "actorCompanionId", "correlationId", "payload"};

    private LogExport() {
    }

    static ResponseEntity<StreamingResponseBody> ndjson(EventLog log, LogFilter filter, long after, ObjectMapper json) {
        return response(NDJSON, "events.ndjson", out -> log.scan(after, event -> {
            if (filter.test(event)) {
                write(out, json, AuditEventView.of(event));
            }
        }, () -> false));
    }

    /** The selection as spreadsheet-safe CSV ({@link SpreadsheetCsv}): a byte-order mark, no cell a formula. */
    static ResponseEntity<StreamingResponseBody> csv(EventLog log, LogFilter filter, long after, ObjectMapper json) {
        return response(Spreadsheets.CSV + ";charset=UTF-8", "events.csv", out -> {
            CSVPrinter csv = SpreadsheetCsv.open(out, CSV_HEADER);
            log.scan(after, event -> {
                if (filter.test(event)) {
                    AuditEventView view = AuditEventView.of(event);
                    row(csv, view.globalPosition(), view.aggregateId(), view.sequence(), view.type(), view.revision(),
                            view.timestamp(), view.actor(), view.actorRoles(), view.actorCompanionId(),
                            view.correlationId(), view.payload());
                }
            }, () -> false);
            csv.flush();
        });
    }

    /**
     * The selection as an XLSX workbook written by SXSSF ({@link SheetWriter#xlsx}): rows stream to compressed temporary
     * files as they are read, so memory stays flat; a sheet holds 1,048,575 events and the next continues on another.
     */
    static ResponseEntity<StreamingResponseBody> xlsx(EventLog log, LogFilter filter, long after) {
        StreamingResponseBody stream = output -> {
            SheetWriter sheet = SheetWriter.xlsx(output);
            try {
                sheet.sheet("events", List.of(CSV_HEADER));
                log.scan(after, event -> {
                    if (filter.test(event)) {
                        AuditEventView view = AuditEventView.of(event);
                        row(sheet, view.globalPosition(), view.aggregateId(), view.sequence(), view.type(),
                                view.revision(), view.timestamp(), view.actor(), view.actorRoles(),
                                view.actorCompanionId(), view.correlationId(), view.payload());
                    }
                }, () -> false);
            } catch (UncheckedIOException clientWentAway) {
                throw clientWentAway.getCause();
            } finally {
                sheet.finish();
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.xlsx\"")
                .contentType(MediaType.parseMediaType(Spreadsheets.XLSX))
                .body(stream);
    }

    private static void row(SheetWriter sheet, Object... values) {
        try {
            sheet.row(Arrays.stream(values).map(v -> v instanceof Number || v == null ? v : (Object) v.toString())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static ResponseEntity<StreamingResponseBody> response(String contentType, String filename, Body body) {
        StreamingResponseBody stream = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            try {
                body.writeTo(out);
            } catch (UncheckedIOException clientWentAway) {
                throw clientWentAway.getCause();
            }
            out.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(MediaType.parseMediaType(contentType))
                .body(stream);
    }

    private static void write(Writer out, ObjectMapper json, AuditEventView view) {
        try {
            out.write(json.writeValueAsString(view));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(CSVPrinter csv, Object... values) {
        try {
            for (Object value : values) {
                csv.print(SpreadsheetCsv.cell(value));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
