package org.peipao.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.ValidId;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.text.Texts;
import org.peipao.query.exports.Exports;
import org.peipao.query.shared.ListParameters;
import org.peipao.query.shared.NotFound;
import org.peipao.sheets.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What auditors ask: any stream's events, an aggregate's state and the KPIs as of a past instant, the global
 * log (paged, or streamed whole as NDJSON, CSV or XLSX), and a verification of the log and of the read models.
 * Nothing here writes an event.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final EventLog log;
    private final TamperCheck tamperCheck;
    private final AsOfViews asOfViews;
    private final ReadModelVerification readModels;
    private final Clock clock;
    private final ObjectMapper json;

    AuditController(EventLog log, TamperCheck tamperCheck, AsOfViews asOfViews, ReadModelVerification readModels,
                    Clock clock, ObjectMapper json) {
        this.log = log;
        this.tamperCheck = tamperCheck;
        this.asOfViews = asOfViews;
        this.readModels = readModels;
        this.clock = clock;
        this.json = json;
    }

    record StreamEvents(String aggregateId, List<AuditEventView> events) {
    }

    record EventPage(List<AuditEventView> events, Long next) {
    }

    record Verification(TamperCheck.Outcome eventLog, ReadModelCheck readModels) {
    }

    @GetMapping("/streams/{aggregateId}/events")
    ResponseEntity<StreamEvents> streamEvents(@PathVariable @ValidId String aggregateId) {
        List<AuditEventView> events = log.stream(aggregateId).stream().map(AuditEventView::of).toList();
        if (events.isEmpty()) {
            throw notFound(aggregateId);
        }
        return ResponseEntity.ok(new StreamEvents(aggregateId, events));
    }

    @AnswersAsOf
    @GetMapping("/streams/{aggregateId}/state")
    ResponseEntity<StreamStateView> streamState(@PathVariable @ValidId String aggregateId,
                                                @RequestParam(required = false) String asOf) {
        return ResponseEntity.ok(asOfViews.streamState(aggregateId, AsOf.parse(asOf, clock))
                .orElseThrow(() -> notFound(aggregateId)));
    }

    @GetMapping(path = "/events", produces = {"application/json", "application/problem+json"})
    EventPage events(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String type,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String actor,
                     @RequestParam(defaultValue = "0") @Min(0) long after,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        LogFilter filter = LogFilter.of(from, to, type, actor, clock.getZone());
        List<StoredEvent> page = log.page(after, limit + 1, filter);
        boolean more = page.size() > limit;
        List<StoredEvent> shown = more ? page.subList(0, limit) : page;
        return new EventPage(shown.stream().map(AuditEventView::of).toList(),
                more ? shown.get(shown.size() - 1).globalPosition() : null);
    }

    @GetMapping(path = "/events", produces = LogExport.NDJSON)
    ResponseEntity<StreamingResponseBody> eventsAsNdjson(@RequestParam(required = false) String from,
                                                         @RequestParam(required = false) String to,
                                                         @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String type,
                                                         @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String actor,
                                                         @RequestParam(defaultValue = "0") @Min(0) long after) {
        return LogExport.ndjson(log, LogFilter.of(from, to, type, actor, clock.getZone()), after, json);
    }

    @GetMapping(path = "/events", produces = Spreadsheets.CSV)
    ResponseEntity<StreamingResponseBody> eventsAsCsv(@RequestParam(required = false) String from,
                                                      @RequestParam(required = false) String to,
                                                      @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String type,
                                                      @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String actor,
                                                      @RequestParam(defaultValue = "0") @Min(0) long after) {
        return LogExport.csv(log, LogFilter.of(from, to, type, actor, clock.getZone()), after, json);
    }

    @GetMapping(path = "/events", produces = Spreadsheets.XLSX)
    ResponseEntity<StreamingResponseBody> eventsAsXlsx(@RequestParam(required = false) String from,
                                                       @RequestParam(required = false) String to,
                                                       @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String type,
                                                       @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String actor,
                                                       @RequestParam(defaultValue = "0") @Min(0) long after) {
        return LogExport.xlsx(log, LogFilter.of(from, to, type, actor, clock.getZone()), after);
    }

    @AnswersAsOf
    @GetMapping("/dashboard")
    DashboardView dashboard(@RequestParam(required = false) String asOf,
                            @RequestParam(required = false) IndustryDomain domain,
                            @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                            @RequestParam(required = false) CompanionKind kind,
                            @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source) {
        Instant instant = AsOf.pastOrNow(asOf, clock);
        LocalDate day = asOf != null && asOf.length() == 10 ? LocalDate.parse(asOf) : null;
        return asOfViews.dashboard(instant, new FindDashboardQuery(null, day, domain, Texts.label(district), kind,
                Texts.label(source)));
    }

    @GetMapping("/verification")
    Verification verification() throws InterruptedException {
        TamperCheck.Outcome eventLog = tamperCheck.run();
        return new Verification(eventLog, readModels.check());
    }

    private static NotFound notFound(String aggregateId) {
        return new NotFound("no events of " + aggregateId + " (at that time)");
    }
}
