package org.peipao.command.shared;

import java.util.regex.Pattern;

import static org.peipao.command.shared.RuleViolation.require;

/** Rules on free-text fields, shared by every aggregate. */
public final class Texts {

    private Texts() {
    }

    /** {@code value} must have 1 to {@code max} characters after trimming. */
    public static void requireText(String value, int max, String field) {
        require(value != null && !value.isBlank(), field + "-required", field + " is required");
        require(value.strip().length() <= max, field + "-too-long", field + " must have at most " + max + " characters");
    }

    /** An optional text is absent or at most {@code max} characters long. */
    public static void optionalText(String value, int max, String field) {
        require(value == null || value.length() <= max, field + "-too-long",
                field + " must have at most " + max + " characters");
    }

    /** An optional link to evidence: blank, or an http(s) URL (no javascript:, data: or file: links to click on). */
    public static final String EVIDENCE_URL = "^\\s*$|^\\s*https?://[^\\s<>\"]+\\s*$";

    private static final Pattern EVIDENCE_URL_PATTERN = Pattern.compile(EVIDENCE_URL, Pattern.CASE_INSENSITIVE);

    public static void optionalEvidenceUrl(String value, String field) {
        require(value == null || EVIDENCE_URL_PATTERN.matcher(value).matches(), field + "-invalid",
                field + " must be an http or https URL");
    }

    /**
     * A label the dashboard slices by (a source, a district): no '|' (it separates the parts of its keys) and
     * not '*' (which means "any").
     */
    public static void requireLabel(String value, String field) {
        require(value == null || (!value.contains("|") && !value.strip().equals("*")), field + "-invalid",
                field + " may not contain '|' or be '*'");
    }

    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Blank optional texts are stored as absent. */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
