package org.peipao.seeds;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The invented credit codes are well formed under GB 32100-2015, like real ones. */
class CreditCodesTest {

    @Test
    void computesTheCheckCharacterOfAPublishedExampleCode() {
        assertThat(org.peipao.api.text.CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void makesChongqingEnterpriseCodesWithBothCheckCharactersRight() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            String code = CreditCodes.next(random);
            assertThat(code).hasSize(18).startsWith("91500").matches("[0-9A-HJ-NPQRTUWXY]{18}");
            assertThat(code.charAt(17)).isEqualTo(org.peipao.api.text.CreditCodes.checkCharacter(code.substring(0, 17)));
            assertThat(code.charAt(16)).isEqualTo(organisationCheck(code.substring(8, 16)));
        }
    }

    /** GB 11714: weights 3, 7, 9, 10, 5, 8, 4, 2 over the eight digits; 10 is written X. */
    private static char organisationCheck(String digits) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(digits.charAt(i), 10) * weights[i];
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : Character.forDigit(check, 10);
    }
}
