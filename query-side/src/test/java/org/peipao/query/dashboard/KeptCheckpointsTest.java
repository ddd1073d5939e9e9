package org.peipao.query.dashboard;

import org.bson.BsonDocument;
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
    void aDocumentChangedAcrossEveryCheckpointOfAMillionEventsKeepsThemIn250Bytes() {
        byte[] kept = null;
        for (long checkpoint = 0; checkpoint < 1_000_000 / Checkpoints.EVERY; checkpoint++) {
            kept = KeptCheckpoints.with(kept, checkpoint);
        }
        BsonDocument stored = roundTrip(new Document(KeptCheckpoints.FIELD, kept)).toBsonDocument();
        assertThat(stored.getBinary(KeptCheckpoints.FIELD).getData()).hasSize(250);
        assertThat(KeptCheckpoints.latestAtOrBefore(kept, 1_999)).hasValue(1_999);
    }

    private static Document roundTrip(Document document) {
        RawBsonDocument bson = new RawBsonDocument(document, new DocumentCodec());
        return new DocumentCodec().decode(bson.asBsonReader(), DecoderContext.builder().build());
    }
}
