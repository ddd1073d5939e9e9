package org.peipao.query.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peipao.api.ValidId;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengePage;
import org.peipao.api.challenge.ChallengeStatus;
import org.peipao.api.challenge.ChallengeView;
import org.peipao.api.challenge.FindChallengeQuery;
import org.peipao.api.challenge.FindChallengesQuery;
import org.peipao.api.text.Texts;
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
@ReadsFrom(ChallengeProjection.PROCESSING_GROUP)
@RequestMapping("/api/v1/challenges")
class ChallengeQueryController {

    private final QuerySender queries;

    ChallengeQueryController(QuerySender queries) {
        this.queries = queries;
    }

    @GetMapping
    ChallengePage list(@RequestParam(required = false) ChallengeStatus status,
                       @RequestParam(required = false) IndustryDomain domain,
                       @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String enterprise,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                       @RequestParam(defaultValue = ListParameters.DEFAULT_SIZE) @Min(1) @Max(ListParameters.MAX_SIZE) int size) {
        return queries.all(new FindChallengesQuery(status, domain, Texts.label(enterprise), page, size), ChallengePage.class);
    }

    /** The whole filtered list (no paging) as CSV or XLSX, by {@code Accept}; zh headers for {@code lang=zh}. */
    @GetMapping(produces = {Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) ChallengeStatus status,
                                                 @RequestParam(required = false) IndustryDomain domain,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String enterprise,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                                 String language) {
        return Exports.table(accept, "challenges", Spreadsheets.chinese(lang, language), ListTables.challenges(
                Exports.wholeSelection(page -> queries.all(new FindChallengesQuery(status, domain,
                        Texts.label(enterprise), page, Exports.PAGE), ChallengePage.class).items())));
    }

    @GetMapping("/{id}")
    ChallengeView get(@PathVariable @ValidId String id) {
        return queries.one(new FindChallengeQuery(id), ChallengeView.class, "challenge " + id);
    }
}
