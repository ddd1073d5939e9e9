package org.peipao.api.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as text, and the normal form of labels (issue 11, "Text that is not text"). */
class TextsTest {

    @Test
    void anUnpairedSurrogateIsNotText() {
        assertThat(Texts.isClean("bad \ud800 title", false)).isFalse();
        assertThat(Texts.isClean("low \udc00 alone", true)).isFalse();
        assertThat(Texts.isClean("a pair 😀 is one character", false)).isTrue();
    }

    @Test
    void controlCharactersAreNotTextButLongTextsMayBreakLines() {
        assertThat(Texts.isClean("nul \u0000", true)).isFalse();
        assertThat(Texts.isClean("bell \u0007", true)).isFalse();
        assertThat(Texts.isClean("two\nlines\tand a tab", false)).isFalse();
        assertThat(Texts.isClean("two\r\nlines\tand a tab", true)).isTrue();
        assertThat(Texts.isClean("noncharacter \uFFFF", true)).isFalse();
    }

    @Test
    void invisibleCharactersAloneAreNoText() {
        for (String invisible : new String[]{"\u200B", "\uFEFF", "\u00A0", "\u3000", " \t ", "\u200B\u200C\u2060"}) {
            assertThat(Texts.hasVisible(invisible)).as("U+%04X", (int) invisible.charAt(0)).isFalse();
        }
        assertThat(Texts.hasVisible("\u200B巴")).isTrue();
    }

    @Test
    void textIsStoredWithoutInvisibleCharactersAtEitherEnd() {
        assertThat(Texts.tidy("\u3000 Solid-state separator\u200B ")).isEqualTo("Solid-state separator");
        assertThat(Texts.tidy("keeps  inner  spaces")).isEqualTo("keeps  inner  spaces");
        assertThat(Texts.tidyToNull("\u00A0\u200B")).isNull();
    }

    @Test
    void labelsCompareInTheirNormalForm() {
        assertThat(Texts.label("巴南区\u200B")).isEqualTo("巴南区");
        assertThat(Texts.label("\uFEFF巴南\u00A0区 ")).isEqualTo("巴南区");
        assertThat(Texts.label("ＧＥＥＣ－２０２５")).as("full width").isEqualTo("GEEC-2025");
        assertThat(Texts.label("\u200B")).isNull();
    }
}
