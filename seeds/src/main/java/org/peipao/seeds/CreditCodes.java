package org.peipao.seeds;

import java.util.List;
import java.util.Random;

/**
 * Invented unified social credit codes (统一社会信用代码, GB 32100-2015) of Chongqing enterprises, well formed:
 * "91" (an enterprise registered by market regulation), a Chongqing district's division code, a nine-character
 * organisation code with its GB 11714 check digit, and the final check character
 * ({@link org.peipao.api.text.CreditCodes#checkCharacter}).
 */
final class CreditCodes {

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** Division codes of Chongqing districts (渝中, 江北, 沙坪坝, 九龙坡, 南岸, 北碚, 渝北, 巴南, 江津, 永川, 璧山, 涪陵). */
    private static final List<String> DIVISIONS = List.of("500103", "500105", "500106", "500107", "500108", "500109",
            "500112", "500113", "500116", "500118", "500120", "500102");

    private CreditCodes() {
    }

    static String next(Random random) {
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append((char) ('0' + random.nextInt(10)));
        }
        organisation.append(organisationCheck(organisation));
        String body = "91" + DIVISIONS.get(random.nextInt(DIVISIONS.size())) + organisation;
        return body + org.peipao.api.text.CreditCodes.checkCharacter(body);
    }

    private static char organisationCheck(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * ORGANISATION_WEIGHTS[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
