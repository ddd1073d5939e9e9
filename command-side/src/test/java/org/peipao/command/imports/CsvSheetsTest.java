package org.peipao.command.imports;

import org.junit.jupiter.api.Test;
import org.peipao.api.companion.CompanionKind;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvSheetsTest {

    private static final String TEXT = "编号,姓名\r\nli-wei,\"李伟, 博士\"\r\n,\r\nwang-fang,王芳\r\n";

    @Test
    void utf8WithOrWithoutAByteOrderMarkAndGb18030ReadTheSame() {
        Sheet withMark = CsvSheets.read(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), null, 10);
        Sheet without = CsvSheets.read(TEXT.getBytes(StandardCharsets.UTF_8), null, 10);
        Sheet gb18030 = CsvSheets.read(TEXT.getBytes(Charset.forName("GB18030")), null, 10);

        assertThat(withMark.header()).containsExactly("编号", "姓名");
        assertThat(withMark).isEqualTo(without).isEqualTo(gb18030);
        assertThat(withMark.rows()).extracting(Sheet.Row::number).as("blank rows are left out").containsExactly(2, 4);
        assertThat(withMark.rows().get(0).cell(1)).isEqualTo("李伟, 博士");
    }

    @Test
    void aChosenCharsetIsUsedAndAnUnknownOneRefused() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertThat(CsvSheets.read(gbk, "GBK", 10).rows()).hasSize(2);
        assertThatThrownBy(() -> CsvSheets.read(gbk, "UTF-8", 10)).isInstanceOf(SheetRefused.class)
                .hasMessage("the file is not text in UTF-8");
        assertThatThrownBy(() -> CsvSheets.read(gbk, "KLINGON", 10)).isInstanceOf(SheetRefused.class);
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        assertThatThrownBy(() -> CsvSheets.read(TEXT.getBytes(StandardCharsets.UTF_8), null, 1))
                .isInstanceOfSatisfying(SheetRefused.class, refused -> assertThat(refused.status()).isEqualTo(413));
    }

    @Test
    void headersAreMatchedInEitherLanguageAndEveryMistakeIsNamed() {
        SheetHeaders headers = SheetHeaders.match(ImportKind.COMPANIONS,
                List.of("编号", "NAME", "kind", "单位"));
        assertThat(headers.cell(new Sheet.Row(2, List.of("a", "b", "TECH_BROKER", "c")), "name")).isEqualTo("b");
        assertThat(headers.has("email")).isFalse();

        assertThatThrownBy(() -> SheetHeaders.match(ImportKind.COMPANIONS, List.of("id", "name", "姓名", "colour")))
                .isInstanceOfSatisfying(SheetRefused.class, refused -> assertThat(refused.errors())
                        .extracting(SheetRefused.Error::field)
                        .containsExactly("姓名", "colour", "kind", "organisation"));
    }

    @Test
    void cellsReadListsNumbersAndEnumsAsTheApiDoes() {
        Cells cells = new Cells();
        assertThat(Cells.items(" AI ;LIFE_SCIENCES、 ；OTHER")).containsExactly("AI", "LIFE_SCIENCES", "OTHER");
        assertThat(cells.integer("capacity", "8.0")).isEqualTo(8);
        assertThat(cells.integer("capacity", "")).isNull();
        assertThat(cells.integer("capacity", "8.5")).isNull();
        assertThat(cells.enumeration("kind", "tech_broker", CompanionKind.class))
                .isEqualTo(CompanionKind.TECH_BROKER);
        assertThat(cells.problems()).extracting(RowResult.Problem::detail)
                .containsExactly("cannot be '8.5'; it must be a whole number");
    }
}
