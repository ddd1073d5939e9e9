package org.peipao.query.shared;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventKeysTest {

    record Assigned(String projectId, String companionId, int capacity) {
    }

    record Credited(String projectId, List<String> creditedCompanionIds, String note) {
    }

    record Nameless(String projectId) {
    }

    record Unset(String companionId, List<String> creditedCompanionIds) {
    }

    private final EventKeys companions = EventKeys.components("companionId", "creditedCompanionIds");

    @Test
    void readsTheNamedStringAndListComponentsOfARecordOnly() {
        assertThat(companions.of(new Assigned("p-1", "c-1", 3))).containsExactly("c-1");
        assertThat(companions.of(new Credited("p-1", List.of("c-1", "c-2"), "c-9"))).containsExactly("c-1", "c-2");
        assertThat(companions.of(new Nameless("p-1"))).isEmpty();
        assertThat(companions.of("c-1")).as("a payload that is no record").isEmpty();
    }

    @Test
    void missingValuesNameNothing() {
        assertThat(companions.of(new Unset(null, null))).isEmpty();
        assertThat(companions.of(new Unset(null, Arrays.asList("c-1", null)))).containsExactly("c-1");
    }

    @Test
    void noneNamesNothing() {
        assertThat(EventKeys.NONE.of(new Assigned("p-1", "c-1", 3))).isEmpty();
    }
}
