package org.peipao.query.dashboard;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's kept checkpoints ({@link KeptCheckpoints}) answer as the list of numbers they replace, read the list of
 * the first layout, and stay small however many checkpoints the store has passed.
 */
class KeptCheckpointsTest {

    @Test
    void theLatestKeptCheckpointAtOrBeforeAnyCheckpointIsTheOneAListWouldGive() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            TreeSet<Long> listed = new TreeSet<>();
            byte[] kept = null;
            int span = 1 + random.nextInt(3_000);
            for (int i = random.nextInt(40); i > 0; i--) {
                long checkpoint = random.nextInt(span);
                byte[] before = kept == null ? null : kept.clone();
                byte[] after = KeptCheckpoints.with(kept, checkpoint);
                assertThat(kept).as("unchanged").isEqualTo(before);
                kept = after;
                listed.add(checkpoint);
            }
            assertThat(KeptCheckpoints.all(kept)).isEqualTo(List.copyOf(listed));
            for (long asked = -1; asked <= span; asked++) {
                Long expected = listed.floor(asked);
                assertThat(KeptCheckpoints.latestAtOrBefore(kept, asked)).as("at or before %d of %s", asked, listed)
                        .isEqualTo(expected == null ? OptionalLong.empty() : OptionalLong.of(expected));
            }
        }
    }

    @Test
    void aStoredDocumentIsReadAsWrittenAndADocumentOfTheFirstLayoutByItsList() {
        byte[] kept = KeptCheckpoints.with(KeptCheckpoints.with(null, 3), 17);
        Document written = new Document("_id", "a").append(KeptCheckpoints.FIELD, kept);
        Document stored = roundTrip(written);
        assertThat(stored.get(KeptCheckpoints.FIELD)).isInstanceOf(Binary.class);

        Document firstLayout = new Document("_id", "a").append(KeptCheckpoints.LEGACY_FIELD, List.of(3L, 17L));
        for (Document document : List.of(written, stored, roundTrip(firstLayout))) {
            assertThat(KeptCheckpoints.of(document)).as("%s", document).isEqualTo(kept);
        }
        assertThat(KeptCheckpoints.of(new Document("_id", "a"))).isNull();
        assertThat(KeptCheckpoints.latestAtOrBefore(null, 5)).isEmpty();
    }

    @Test
    void aDocumentKeepsOneBitPerCheckpointFromItsFirstKeptOne() {
        int checkpoints = 1_000_000 / 500; // a million events at the smallest interval measured (README, Performance)
        byte[] everyOne = null;
        for (long checkpoint = 0; checkpoint < checkpoints; checkpoint++) {
            everyOne = KeptCheckpoints.with(everyOne, checkpoint);
        }
        assertThat(stored(everyOne)).as("kept at each of a million events' checkpoints").hasSize(4 + 250);
        assertThat(KeptCheckpoints.latestAtOrBefore(everyOne, checkpoints - 1)).hasValue(checkpoints - 1);

        byte[] late = KeptCheckpoints.with(null, checkpoints - 1);
        assertThat(stored(late)).as("kept once, at the last checkpoint").hasSize(4 + 1);
        assertThat(KeptCheckpoints.latestAtOrBefore(late, checkpoints - 2)).isEmpty();
        assertThat(KeptCheckpoints.latestAtOrBefore(late, checkpoints + 5)).hasValue(checkpoints - 1);
    }

    private static byte[] stored(byte[] kept) {
        return roundTrip(new Document(KeptCheckpoints.FIELD, kept)).toBsonDocument().getBinary(KeptCheckpoints.FIELD)
                .getData();
    }

    private static Document roundTrip(Document document) {
        RawBsonDocument bson = new RawBsonDocument(document, new DocumentCodec());
        return new DocumentCodec().decode(bson.asBsonReader(), DecoderContext.builder().build());
    }
}
