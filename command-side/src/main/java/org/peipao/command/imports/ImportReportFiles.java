package org.peipao.command.imports;

import org.peipao.sheets.Spreadsheets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.util.List;

/**
 * Writes an {@link ImportReport} as the file of its lines ({@link ImportReport#table()}): CSV or XLSX by the answer's
 * {@code Content-Type}. So an import's handlers answer one type, {@code ImportReport}, whatever the {@code Accept}, and
 * OpenAPI documents the report's fields. Reports are never read.
 */
final class ImportReportFiles extends AbstractHttpMessageConverter<ImportReport> {

    private static final MediaType XLSX = MediaType.parseMediaType(Spreadsheets.XLSX);

    ImportReportFiles() {
        super(MediaType.parseMediaType(Spreadsheets.CSV), XLSX);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ImportReport.class.isAssignableFrom(type);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return false;
    }

    @Override
    protected ImportReport readInternal(Class<? extends ImportReport> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("an import report is not read", input);
    }

    @Override
    protected void writeInternal(ImportReport report, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        boolean xlsx = type != null && XLSX.isCompatibleWith(type);
        output.getBody().write(xlsx ? SheetFiles.xlsx(List.of(report.table())) : SheetFiles.csv(report.table()));
    }
}
