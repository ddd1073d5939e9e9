package org.peipao.api.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Unified social credit codes in normal form, checked under GB 32100-2015 (issue 11, "One enterprise counted five times"). */
class CreditCodesTest {

    private static final String CODE = "91350100M000100Y43";

    @Test
    void fiveWaysOfWritingOneCodeHaveOneNormalForm() {
        for (String written : new String[]{CODE, CODE.toLowerCase(), "９１３５０１００Ｍ０００１００Ｙ４３",
                "9135 0100 M000 100Y 43", "\u200B" + CODE + "\u00A0"}) {
            assertThat(CreditCodes.normalise(written)).as(written).isEqualTo(CODE);
        }
        assertThat(CreditCodes.normalise(" \u3000")).isNull();
    }

    @Test
    void aCodeIsValidOnlyWithEighteenCharactersOfItsAlphabetAndItsCheckCharacter() {
        assertThat(CreditCodes.isValid(CODE)).isTrue();
        assertThat(CreditCodes.isValid("91350100M000100Y44")).as("wrong check character").isFalse();
        assertThat(CreditCodes.isValid("91350100M000100Y4")).as("17 characters").isFalse();
        assertThat(CreditCodes.isValid("91350100I000100Y43")).as("I is not in the alphabet").isFalse();
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }
}
