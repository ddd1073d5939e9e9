package org.peipao.query.exports;

import org.peipao.sheets.Spreadsheets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTest {

    @Test
    void theWholeSelectionIsReadPageByPageUntilAShortPage() {
        List<Integer> all = IntStream.range(0, Exports.PAGE * 2 + 7).boxed().toList();
        List<Integer> asked = new ArrayList<>();

        List<Integer> read = new ArrayList<>();
        Exports.wholeSelection(page -> {
            asked.add(page);
            return all.subList(Math.min(all.size(), page * Exports.PAGE),
                    Math.min(all.size(), (page + 1) * Exports.PAGE));
        }).forEach(read::add);

        assertThat(read).isEqualTo(all);
        assertThat(asked).containsExactly(0, 1, 2);
    }

    @Test
    void theAcceptHeaderChoosesXlsxOrCsv() {
        assertThat(Exports.wantsXlsx(Spreadsheets.XLSX)).isTrue();
        assertThat(Exports.wantsXlsx("text/csv, " + Spreadsheets.XLSX + ";q=0.5")).isFalse();
        assertThat(Exports.wantsXlsx("text/csv")).isFalse();
    }
}
