package org.peipao.ops.storage;

import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.peipao.api.project.MilestoneLoggedEvent;
import org.peipao.api.project.MilestoneType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision-1 events as they were stored (JSON fixtures) read as revision 2 through the application's serializer. */
class MilestoneLoggedCurrencyUpcasterTest {

    private final Serializer serializer = new SerializationConfiguration().serializer();
    private final EventUpcasterChain chain = new EventUpcasterChain(new MilestoneLoggedCurrencyUpcaster());

    @Test
    void anAmountOfRevisionOneIsInYuan() throws IOException {
        MilestoneLoggedEvent event = read("milestone-logged-r1-financing.json");
        assertThat(event.currency()).isEqualTo("CNY");
        assertThat(event.amountCny()).isEqualByComparingTo(new BigDecimal("5000000.00"));
        assertThat(event.type()).isEqualTo(MilestoneType.FINANCING_CLOSED);
        assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(event.loggedByCompanionId()).isEqualTo("li-wei");
    }

    @Test
    void aMilestoneOfRevisionOneWithoutAmountHasNoCurrency() throws IOException {
        MilestoneLoggedEvent event = read("milestone-logged-r1-award.json");
        assertThat(event.currency()).isNull();
        assertThat(event.amountCny()).isNull();
        assertThat(event.evidenceUrl()).isEqualTo("https://example.org/award");
    }

    @Test
    void revisionTwoPassesUnchanged() {
        MilestoneLoggedEvent current = new MilestoneLoggedEvent("bone", "m-9", MilestoneType.LICENSING_DEAL,
                LocalDate.of(2025, 10, 1), "Licence to Europe", null, new BigDecimal("1200000.00"), "EUR", null, null,
                null, null, null, "XINGYU_CUP");
        SerializedObject<byte[]> stored = serializer.serialize(current, byte[].class);
        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(upcast(stored.getData(), "2")).isEqualTo(current);
    }

    private MilestoneLoggedEvent read(String fixture) throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/fixtures/events/" + fixture)) {
            return upcast(json.readAllBytes(), "1");
        }
    }

    private MilestoneLoggedEvent upcast(byte[] payload, String revision) {
        EventData<byte[]> stored = new GenericDomainEventEntry<>("Project", "bone", 3, "event-1", Instant.now(),
                MilestoneLoggedEvent.class.getName(), revision, payload, "{}".getBytes());
        List<IntermediateEventRepresentation> upcast = chain.upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.get(0).getData());
    }
}
