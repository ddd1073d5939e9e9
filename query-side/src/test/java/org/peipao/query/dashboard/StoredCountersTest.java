package org.peipao.query.dashboard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cell's counters survive their stored form ({@link StoredCounters}) whatever their names and values. */
class StoredCountersTest {

    @Test
    void countersAreStoredAsOneLinePerCounterInTheirOrder() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("milestones:pending", -1L);
        counters.put("landings:byDistrict:巴南区:fen", 125_000_000L);
        counters.put("ttl:0", 3L);

        String stored = StoredCounters.write(counters);

        assertThat(stored)
                .isEqualTo("milestones:pending=-1\nlandings:byDistrict:\\u5df4\\u5357\\u533a:fen=125000000\nttl:0=3");
        assertThat(read(stored)).containsExactlyEntriesOf(counters);
    }

    @Test
    void theStoredFormIsAsciiWhateverTheNames() {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : List.of("landings:byDistrict:两江新区:count", "é", "\\u00e9", "\\u", "emoji 😀", "\uffff",
                "ascii only")) {
            counters.put(name, (long) name.length());
        }

        String stored = StoredCounters.write(counters);

        assertThat(stored.chars()).allMatch(c -> c < 0x80);
        assertThat(read(stored)).containsExactlyEntriesOf(counters);
    }

    @Test
    void theStoredFormOfLayoutThreeWithNamesAsTheyAreReadsTheSame() {
        // layout 3 wrote names as they are, escaping only backslashes and line breaks
        String layoutThree = "landings:byDistrict:巴南区:fen=125000000\nback\\\\u0041slash=2\nline\\nbreak=3";

        assertThat(read(layoutThree)).containsExactly(Map.entry("landings:byDistrict:巴南区:fen", 125_000_000L),
                Map.entry("back\\u0041slash", 2L), Map.entry("line\nbreak", 3L));
    }

    @Test
    void namesWithEqualsSignsBackslashesAndLineBreaksComeBackAsTheyWere() {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : List.of("a=b", "=", "x\\", "\\n", "line\nbreak", "\\\\=\n=", "two words", "", "末=",
                "carriage\rreturn\r")) {
            counters.put(name, (long) name.length() - 3);
        }
        counters.put("largest", Long.MAX_VALUE);
        counters.put("smallest", Long.MIN_VALUE);

        String stored = StoredCounters.write(counters);

        assertThat(stored.split("\n", -1)).hasSize(counters.size());
        assertThat(read(stored)).containsExactlyEntriesOf(counters);
    }

    @Test
    void randomNamesAndValuesComeBackAsTheyWere() {
        Random random = new Random(41);
        String alphabet = "ab=\\\n\r:|巴 0-u\uD83D\uDE00";
        for (int round = 0; round < 500; round++) {
            Map<String, Long> counters = new LinkedHashMap<>();
            int size = 1 + random.nextInt(8);
            while (counters.size() < size) {
                StringBuilder name = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    name.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                counters.put(name.toString(), random.nextLong());
            }
            assertThat(read(StoredCounters.write(counters))).as("round %d", round).containsExactlyEntriesOf(counters);
        }
    }

    @Test
    void noCountersAreStoredAsNothing() {
        assertThat(StoredCounters.write(Map.of())).isNull();
        assertThat(read(null)).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void theListsOfLayoutTwoGiveTheSameStoredForm() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("landings:count", 2L);
        counters.put("companions:byKind:TECH_BROKER:ACTIVE", 5L);

        assertThat(StoredCounters.ofLists(new ArrayList<>(counters.keySet()), List.of(2, 5L)))
                .isEqualTo(StoredCounters.write(counters));
        assertThat(StoredCounters.ofLists(List.of(), List.of())).isNull();
        assertThatThrownBy(() -> StoredCounters.ofLists(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 counter names but 0 values");
    }

    @Test
    void aDamagedLineIsRefusedByName() {
        assertThatThrownBy(() -> read("landings:count=2\nno value here"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value here");
        assertThatThrownBy(() -> read("landings:count=two")).isInstanceOf(NumberFormatException.class);
    }

    private static Map<String, Long> read(String stored) {
        Map<String, Long> counters = new LinkedHashMap<>();
        StoredCounters.forEach(stored, counters::put);
        return counters;
    }
}
