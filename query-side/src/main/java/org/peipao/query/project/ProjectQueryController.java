package org.peipao.query.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.peipao.api.ValidId;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.project.FindProjectQuery;
import org.peipao.api.project.FindProjectsQuery;
import org.peipao.api.project.ProjectPage;
import org.peipao.api.project.ProjectStage;
import org.peipao.api.project.ProjectView;
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
@ReadsFrom(ProjectProjection.PROCESSING_GROUP)
@RequestMapping("/api/v1/projects")
class ProjectQueryController {

    private final QuerySender queries;

    ProjectQueryController(QuerySender queries) {
        this.queries = queries;
    }

    @GetMapping
    ProjectPage list(@RequestParam(required = false) ProjectStage stage,
                     @RequestParam(required = false) IndustryDomain domain,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                     @RequestParam(required = false) @ValidId String companionId,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source,
                     @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String q,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = ListParameters.DEFAULT_SIZE) @Min(1) @Max(ListParameters.MAX_SIZE) int size) {
        return queries.all(new FindProjectsQuery(stage, domain, Texts.label(district), companionId,
                Texts.label(source), q, page, size),
                ProjectPage.class);
    }

    /** The whole filtered list (no paging) as CSV or XLSX, by {@code Accept}; zh headers for {@code lang=zh}. */
    @GetMapping(produces = {Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) ProjectStage stage,
                                                 @RequestParam(required = false) IndustryDomain domain,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String district,
                                                 @RequestParam(required = false) @ValidId String companionId,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String source,
                                                 @RequestParam(required = false) @Size(max = ListParameters.MAX_TEXT) String q,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestHeader(HttpHeaders.ACCEPT) String accept,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                                 String language) {
        return Exports.table(accept, "projects", Spreadsheets.chinese(lang, language), ListTables.projects(
                Exports.wholeSelection(page -> queries.all(new FindProjectsQuery(stage, domain, Texts.label(district),
                        companionId, Texts.label(source), q, page, Exports.PAGE), ProjectPage.class).items())));
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable @ValidId String id) {
        return queries.one(new FindProjectQuery(id), ProjectView.class, "project " + id);
    }
}
