package org.peipao.audit;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentIdsTest {

    @Test
    void stringsAreOrderedByCodePointAsMongoDbSortsThem() {
        assertThat(DocumentIds.compare("a", "b")).isNegative();
        assertThat(DocumentIds.compare("ab", "a")).isPositive();
        assertThat(DocumentIds.compare("巴南区", "巴南区")).isZero();
        // U+1F600 (a surrogate pair in UTF-16) comes after U+FF01 by code point, before it by UTF-16 unit
        assertThat(DocumentIds.compare("\uD83D\uDE00", "\uFF01")).isPositive();
    }

    @Test
    void numbersAreOrderedByValueWhateverTheirType() {
        assertThat(DocumentIds.compare(2, 10L)).isNegative();
    }

    @Test
    void idsOfMixedTypesCannotBeMerged() {
        assertThatThrownBy(() -> DocumentIds.compare("1", 1)).isInstanceOf(DocumentIds.Unordered.class);
    }

    @Test
    void aStreamOutOfOrderIsNoticed() {
        DocumentIds.Sorted sorted = new DocumentIds.Sorted(List.of(new Document("_id", "b"), new Document("_id", "a"))
                .iterator());
        assertThat(sorted.next().get("_id")).isEqualTo("b");
        assertThatThrownBy(sorted::next).isInstanceOf(DocumentIds.Unordered.class);
    }
}
