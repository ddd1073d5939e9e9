package org.peipao.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.peipao.api.ValidId;
import org.peipao.command.shared.UnknownEntity;
import org.peipao.sheets.Spreadsheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Spreadsheet imports (administrators only): a template per kind, the import itself (a dry run unless
 * {@code dryRun=false}), and the progress and report of an import by its job id.
 * <ul>
 *   <li>{@code GET /api/v1/imports/{kind}/template?format=xlsx|csv&lang=zh-CN|en}</li>
 *   <li>{@code POST /api/v1/imports/{kind}?dryRun=true|false&charset=&job=}: the file as the body ({@code text/csv},
 *       XLSX) or as the {@code file} part of {@code multipart/form-data}; answers the {@link ImportReport} as JSON,
 *       or as CSV or XLSX to such an {@code Accept}</li>
 *   <li>{@code GET /api/v1/imports/jobs/{job}}: the progress of an import sent with {@code job=}</li>
 *   <li>{@code GET /api/v1/imports/jobs/{job}/report}: its report, once finished</li>
 * </ul>
 * Refusals of the file as a whole are {@link SheetRefused}, which the server's one error mapping answers as problems:
 * {@code 413 payload-too-large} over {@code peipao.imports.max-size} or {@code max-rows}, {@code 400 unreadable-sheet}
 * (not CSV or XLSX, hostile XLSX), {@code 400 sheet-headers} (unknown, repeated or missing columns, each named in
 * {@code errors}).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private static final String[] REPORT_TYPES = {SheetMedia.JSON, Spreadsheets.CSV, Spreadsheets.XLSX};

    private final Importer importer;
    private final ImportJobs jobs;
    private final ImportProperties properties;

    ImportController(Importer importer, ImportJobs jobs, ImportProperties properties) {
        this.importer = importer;
        this.jobs = jobs;
        this.properties = properties;
    }

    @GetMapping(path = "/{kind}/template", produces = {Spreadsheets.XLSX, Spreadsheets.CSV})
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "xlsx") String format,
                                    @RequestParam(required = false) String lang,
                                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        ImportKind what = kind(kind);
        boolean chinese = Spreadsheets.chinese(lang, language);
        String name = what.path() + "-template" + (chinese ? "-zh" : "");
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> SheetMedia.download(Spreadsheets.CSV, name, ImportTemplates.csv(what, chinese));
            case "xlsx" -> SheetMedia.download(Spreadsheets.XLSX, name, ImportTemplates.xlsx(what, chinese));
            default -> throw new SheetRefused(400, "validation", "format: must be xlsx or csv",
                    List.of(new SheetRefused.Error("format", "must be xlsx or csv")));
        };
    }

    @PostMapping(path = "/{kind}", consumes = {Spreadsheets.CSV, Spreadsheets.XLSX, "application/vnd.ms-excel",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = {SheetMedia.JSON, Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<ImportReport> importBody(@PathVariable String kind, @RequestParam(defaultValue = "true") boolean dryRun,
                                 @RequestParam(required = false) String charset,
                                 @RequestParam(required = false) @ValidId String job,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                 @RequestBody(required = false) byte[] file, HttpServletRequest request) {
        ImportKind what = kind(kind);
        refuseCrossSite(request);
        byte[] bytes = file == null ? new byte[0] : file;
        if (bytes.length > properties.maxSize().toBytes()) {
            throw tooLarge();
        }
        return run(what, bytes, dryRun, charset, job, accept);
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {SheetMedia.JSON, Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<ImportReport> importPart(@PathVariable String kind, @RequestParam(defaultValue = "true") boolean dryRun,
                                 @RequestParam(required = false) String charset,
                                 @RequestParam(required = false) @ValidId String job,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                 @RequestPart("file") MultipartFile file, HttpServletRequest request) throws IOException {
        ImportKind what = kind(kind);
        refuseCrossSite(request);
        if (file.getSize() > properties.maxSize().toBytes()) {
            throw tooLarge();
        }
        return run(what, file.getBytes(), dryRun, charset, job, accept);
    }

    @GetMapping("/jobs/{job}")
    ImportProgress.View progress(@PathVariable @ValidId String job) {
        return jobs.find(job).orElseThrow(() -> new UnknownEntity("no import " + job + " (yet)")).progress().view();
    }

    @GetMapping(path = "/jobs/{job}/report", produces = {SheetMedia.JSON, Spreadsheets.CSV, Spreadsheets.XLSX})
    ResponseEntity<ImportReport> report(@PathVariable @ValidId String job,
                                        @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ImportReport report = jobs.find(job).flatMap(ImportJobs.Job::report)
                .orElseThrow(() -> new UnknownEntity("no finished import " + job));
        return answer(report, job, accept);
    }

    private ResponseEntity<ImportReport> run(ImportKind kind, byte[] bytes, boolean dryRun, String charset,
                                             String job, String accept) {
        Sheet sheet = Sheets.read(bytes, charset, properties.maxRows());
        SheetHeaders headers = SheetHeaders.match(kind, sheet.header());
        String id = job != null ? job : UUID.randomUUID().toString();
        ImportJobs.Job started = jobs.start(id, new ImportProgress(kind, dryRun, sheet.rows().size()));
        ImportReport report = importer.run(kind, sheet, headers, dryRun, started.progress());
        started.finished(report);
        return answer(report, id, accept);
    }

    /** The report as JSON, or as the CSV or XLSX file of its lines ({@link ImportReportFiles}) to such an Accept. */
    private static ResponseEntity<ImportReport> answer(ImportReport report, String job, String accept) {
        String type = SheetMedia.preferred(accept);
        ResponseEntity.BodyBuilder answer = SheetMedia.JSON.equals(type)
                ? ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                : SheetMedia.attachment(type, report.kind() + "-import-report");
        return answer.header(HttpHeaders.CONTENT_LOCATION, "/api/v1/imports/jobs/" + job + "/report").body(report);
    }

    private static ImportKind kind(String path) {
        return ImportKind.byPath(path).orElseThrow(() -> new UnknownEntity("there is no import of '" + path
                + "'; the kinds are " + ImportKind.paths()));
    }

    private SheetRefused tooLarge() {
        return SheetRefused.tooLarge("an import takes files of at most " + properties.maxSize().toBytes() + " bytes");
    }

    /**
     * A browser posting across sites is refused: HTML forms may send {@code multipart/form-data} to any site with the
     * user's Basic credentials, and a form never sends {@code Sec-Fetch-Site: same-origin}.
     */
    private static void refuseCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            throw new SheetRefused(403, "cross-site-import", "imports are not taken from other sites' pages",
                    List.of());
        }
    }
}
