package org.peipao.api.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Unified social credit codes (统一社会信用代码) of GB 32100-2015: 18 characters of the code's alphabet (digits and
 * upper-case letters without I, O, S, V and Z), the last one a check character over the first 17 (weights
 * 3<sup>i</sup> mod 31). A code is stored and compared in its normal form: NFKC (so full-width characters count as
 * their ASCII twins), upper case, without spaces or invisible characters.
 */
public final class CreditCodes {

    /** The code's 31 characters, in the order of their values. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** The normal form of a code as written; {@code null} when nothing is left of it. */
    public static String normalise(String written) {
        if (written == null) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        Normalizer.normalize(written, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).codePoints()
                .filter(Texts::isVisible)
                .forEach(code::appendCodePoint);
        return code.isEmpty() ? null : code.toString();
    }

    /** Whether {@code code}, in normal form, is a well-formed code whose check character is right. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code.substring(0, LENGTH - 1));
    }

    /** The 18th character of the code whose first 17 characters are {@code body}. */
    public static char checkCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
