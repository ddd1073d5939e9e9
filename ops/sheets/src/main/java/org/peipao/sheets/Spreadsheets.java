package org.peipao.sheets;

import java.util.Locale;

/** The spreadsheet media types Peipao reads and writes, and the language of their headers. */
public final class Spreadsheets {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /** Whether headers are to be Chinese: {@code lang} ({@code ?lang=}) if given, else the {@code Accept-Language}. */
    public static boolean chinese(String lang, String acceptLanguage) {
        String asked = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("zh");
    }
}
