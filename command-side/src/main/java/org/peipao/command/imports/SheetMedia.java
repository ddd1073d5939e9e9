package org.peipao.command.imports;

import org.peipao.sheets.Spreadsheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The media types of spreadsheet files, and answers that carry one as a download. */
final class SheetMedia {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private SheetMedia() {
    }

    /** Which of JSON, CSV and XLSX the {@code Accept} header prefers; JSON when it names none of them. */
    static String preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        MediaType.sortBySpecificityAndQuality(accepted);
        for (MediaType type : accepted) {
            for (String candidate : List.of(JSON, Spreadsheets.CSV, Spreadsheets.XLSX)) {
                if (type.getQualityValue() > 0 && type.includes(MediaType.parseMediaType(candidate))
                        && !type.isWildcardType()) {
                    return candidate;
                }
            }
        }
        return JSON;
    }

    /** A file to download as {@code name}, in CSV ({@code text/csv; charset=UTF-8}) or XLSX. */
    static ResponseEntity<byte[]> download(String mediaType, String name, byte[] bytes) {
        return attachment(mediaType, name).body(bytes);
    }

    /** A {@code 200} whose body is a file to download as {@code name}, in CSV or XLSX: its type and disposition. */
    static ResponseEntity.BodyBuilder attachment(String mediaType, String name) {
        boolean csv = Spreadsheets.CSV.equals(mediaType);
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType(Spreadsheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + (csv ? ".csv" : ".xlsx")
                        + "\"");
    }
}
