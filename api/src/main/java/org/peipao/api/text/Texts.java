package org.peipao.api.text;

import java.text.Normalizer;

/**
 * What counts as text in the contract, and the normal form in which texts are stored and compared. Every sender
 * (HTTP, the seed, imports) and every filter uses these same rules.
 * <ul>
 *   <li>Text is valid Unicode (no unpaired surrogate, no noncharacter) without control characters; a multi-line
 *       text may hold line breaks and tabs.</li>
 *   <li>Present text has a visible character: spaces of any width, zero-width and other format characters (U+200B,
 *       U+FEFF, ...) alone are no text.</li>
 *   <li>Texts are stored tidied: without invisible characters at either end.</li>
 *   <li>Labels (districts, sources, parks, organisations, enterprises) are compared in their normal form: Unicode
 *       NFKC, without zero-width characters or no-break spaces, tidied; so {@code "巴南区\u200B"} is {@code 巴南区}.</li>
 * </ul>
 */
public final class Texts {

    /** Zero-width characters, the word joiner, the byte-order mark and no-break spaces. */
    private static final String REMOVED_FROM_LABELS = "[\\u200B-\\u200D\\u2060\\uFEFF\\u00A0\\u202F]";

    private Texts() {
    }

    /** Whether {@code text} is valid Unicode without control characters (line breaks and tabs when multi-line). */
    public static boolean isClean(String text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                return false; // an unpaired surrogate (a pair reads as one code point)
            }
            if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return false; // a noncharacter
            }
            if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Whether {@code text} has at least one visible character. */
    public static boolean hasVisible(String text) {
        return text.codePoints().anyMatch(c -> !isInvisible(c));
    }

    /** {@code text} without invisible characters at either end; {@code null} stays {@code null}. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Tidied, or {@code null} when nothing visible is left: how optional texts are stored. */
    public static String tidyToNull(String text) {
        return text == null || !hasVisible(text) ? null : tidy(text);
    }

    /** A label's normal form: NFKC, no zero-width characters or no-break spaces, tidied; {@code null} when empty. */
    public static String label(String text) {
        if (text == null) {
            return null;
        }
        return tidyToNull(Normalizer.normalize(text.replaceAll(REMOVED_FROM_LABELS, ""), Normalizer.Form.NFKC));
    }

    /** Whether the character {@code c} shows: not a space of any width, a format or a control character. */
    public static boolean isVisible(int c) {
        return !isInvisible(c);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                || type == Character.CONTROL;
    }
}
