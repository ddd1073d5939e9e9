package org.peipao.query.dashboard;

import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.dashboard.DashboardView;
import org.peipao.api.dashboard.FindDashboardQuery;
import org.peipao.api.dashboard.FindTrendQuery;
import org.peipao.api.dashboard.TrendInterval;
import org.peipao.api.dashboard.TrendMetric;
import org.peipao.api.dashboard.TrendView;
import org.peipao.api.text.Texts;
import org.peipao.query.shared.BadParameter;
import org.peipao.query.exports.DashboardTables;
import org.peipao.query.exports.Exports;
import org.peipao.query.exports.Table;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.peipao.query.shared.ListParameters;
import org.peipao.query.shared.QuerySender;
import org.peipao.query.shared.ReadsFrom;
import org.peipao.sheets.Spreadsheets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

@RestController
@ReadsFrom(DashboardProjection.PROCESSING_GROUP)
@RequestMapping("/api/v1/dashboard")
class DashboardController {

    /** A trend has at most this many points (ten years of months). */
    private static final long MAX_POINTS = 120;

    private final QuerySender queries;
    private final Clock clock;

    DashboardController(QuerySender queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    DashboardView dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) IndustryDomain domain,
                            @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                            @RequestParam(required = false) CompanionKind kind,
                            @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source) {
        requireOrdered(from, to);
        return queries.all(new FindDashboardQuery(from, to, domain, Texts.label(district), kind,
                Texts.label(source)), DashboardView.class);
    }

    /**
     * The dashboard's tables ({@link DashboardTables}) as XLSX, a sheet each, or one of them ({@code table=}, by
     * default {@code kpis}) as CSV; the filters are the dashboard's.
     */
    @GetMapping(produces = {Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(required = false) IndustryDomain domain,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                                                 @RequestParam(required = false) CompanionKind kind,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source,
                                                 @RequestParam(required = false) String table,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                                 String language) {
        if (table != null && !DashboardTables.names().contains(table)) {
            throw new BadParameter("table", "must be one of " + DashboardTables.names());
        }
        List<Table<?>> tables = DashboardTables.all(dashboard(from, to, domain, district, kind, source));
        String chosen = table != null ? table : Exports.wantsXlsx(accept) ? null : "kpis";
        return Exports.tables(accept, chosen == null ? "dashboard" : "dashboard-" + chosen,
                Spreadsheets.chinese(lang, language), chosen == null ? tables
                        : tables.stream().filter(t -> t.name().equals(chosen)).toList());
    }

    /** A trend's points as CSV or XLSX, by {@code Accept}; the filters are the trend's. */
    @GetMapping(path = "/trends", produces = {Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<StreamingResponseBody> exportTrend(@RequestParam String metric,
                                                      @RequestParam(defaultValue = "month") String interval,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                      @RequestParam(required = false) IndustryDomain domain,
                                                      @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                                                      @RequestParam(required = false) CompanionKind kind,
                                                      @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source,
                                                      @RequestParam(required = false) String lang,
                                                      @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                                      String language) {
        TrendView trend = trends(metric, interval, from, to, domain, district, kind, source);
        return Exports.table(accept, "trend-" + trend.metric(), Spreadsheets.chinese(lang, language),
                DashboardTables.trend(trend));
    }

    /**
     * A KPI per month or week; {@code domain}, {@code district}, {@code kind} and {@code source} filter it as they filter
     * that KPI on the dashboard (a filter the KPI's facts do not have leaves it unchanged).
     */
    @GetMapping("/trends")
    TrendView trends(@RequestParam String metric,
                     @RequestParam(defaultValue = "month") String interval,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) IndustryDomain domain,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                     @RequestParam(required = false) CompanionKind kind,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source) {
        requireOrdered(from, to);
        TrendInterval period = switch (interval.toLowerCase(Locale.ROOT)) {
            case "month" -> TrendInterval.MONTH;
            case "week" -> TrendInterval.WEEK;
            default -> throw new BadParameter("interval", "must be month or week");
        };
        if (from != null && (period == TrendInterval.MONTH ? ChronoUnit.MONTHS : ChronoUnit.WEEKS)
                .between(from, to != null ? to : LocalDate.now(clock)) >= MAX_POINTS) {
            throw new BadParameter("from", "a trend spans at most " + MAX_POINTS + " " + interval + "s");
        }
        return queries.all(new FindTrendQuery(metric(metric), period, from, to, domain, Texts.label(district), kind,
                Texts.label(source)), TrendView.class);
    }

    private static TrendMetric metric(String name) {
        return Arrays.stream(TrendMetric.values()).filter(m -> m.apiName().equals(name)).findFirst()
                .orElseThrow(() -> new BadParameter("metric", "must be one of " + Arrays.stream(TrendMetric.values())
                        .map(TrendMetric::apiName).toList()));
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameter("from", "must not be after to");
        }
    }
}
