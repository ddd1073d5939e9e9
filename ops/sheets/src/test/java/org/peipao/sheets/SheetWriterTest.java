package org.peipao.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files both sides write: CSV that no spreadsheet evaluates, XLSX of text and number cells in text columns. */
class SheetWriterTest {

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SheetWriter csv = SheetWriter.csv(bytes);
        csv.sheet("ignored", List.of("id", "note"));
        csv.row(Arrays.asList("a-1", "=HYPERLINK(\"http://x\")"));
        csv.row(Arrays.asList("a-2", null));
        csv.row(Arrays.asList(new BigDecimal("1E+3"), "-1"));
        csv.finish();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,note\r\n");
        assertThat(text).contains("a-1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", "a-2,\r\n", "1000,'-1\r\n");
        assertThatThrownBy(() -> csv.sheet("second", List.of("x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void xlsxHasTextAndNumberCellsAndTextColumns() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SheetWriter xlsx = SheetWriter.xlsx(bytes);
        xlsx.sheet("companions", List.of("id", "capacity", "note"));
        xlsx.row(Arrays.asList("li-wei", 5, "=1+1"));
        xlsx.finish();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = workbook.getSheet("companions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            Cell capacity = sheet.getRow(1).getCell(1);
            assertThat(capacity.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(capacity.getNumericCellValue()).isEqualTo(5.0);
            Cell note = sheet.getRow(1).getCell(2);
            assertThat(note.getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=1+1");
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).as("what is typed stays as typed").isEqualTo("@");
        }
    }

    @Test
    void headersAreChineseWhenTheLanguageAskedForIs() {
        assertThat(Spreadsheets.chinese("zh-CN", "en")).isTrue();
        assertThat(Spreadsheets.chinese(null, "zh-CN,zh;q=0.9")).isTrue();
        assertThat(Spreadsheets.chinese("en", "zh")).isFalse();
        assertThat(Spreadsheets.chinese(null, null)).isFalse();
    }
}
