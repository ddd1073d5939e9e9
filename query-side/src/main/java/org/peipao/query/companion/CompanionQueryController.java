package org.peipao.query.companion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peipao.api.ValidId;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.CompanionPage;
import org.peipao.api.companion.CompanionStatus;
import org.peipao.api.companion.CompanionView;
import org.peipao.api.companion.FindCompanionQuery;
import org.peipao.api.companion.FindCompanionsQuery;
import org.peipao.query.exports.Exports;
import org.peipao.query.exports.ListTables;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.peipao.query.shared.ListParameters;
import org.peipao.query.shared.QuerySender;
import org.peipao.query.shared.ReadsFrom;
import org.peipao.sheets.Spreadsheets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


@RestController
@ReadsFrom(CompanionProjection.PROCESSING_GROUP)
@RequestMapping("/api/v1/companions")
class CompanionQueryController {

    private final QuerySender queries;

    CompanionQueryController(QuerySender queries) {
        this.queries = queries;
    }

    @GetMapping
    CompanionPage list(@RequestParam(required = false) CompanionKind kind,
                       @RequestParam(required = false) CompanionStatus status,
                       @RequestParam(required = false) IndustryDomain domain,
                       @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String q,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = ListParameters.DEFAULT_SIZE) @Min(1) @Max(ListParameters.MAX_SIZE) int size) {
        return queries.all(new FindCompanionsQuery(kind, status, domain, q, page, size), CompanionPage.class);
    }

    /** The whole filtered list (no paging) as CSV or XLSX, by {@code Accept}; zh headers for {@code lang=zh}. */
    @GetMapping(produces = {Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) CompanionKind kind,
                                                 @RequestParam(required = false) CompanionStatus status,
                                                 @RequestParam(required = false) IndustryDomain domain,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String q,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                                 String language) {
        boolean chinese = Spreadsheets.chinese(lang, language);
        return Exports.table(accept, "companions", chinese, ListTables.companions(Exports.wholeSelection(page ->
                queries.all(new FindCompanionsQuery(kind, status, domain, q, page, Exports.PAGE), CompanionPage.class)
                        .items()), chinese));
    }

    @GetMapping("/{id}")
    CompanionView get(@PathVariable @ValidId String id) {
        return queries.one(new FindCompanionQuery(id), CompanionView.class, "companion " + id);
    }
}
