package org.peipao.ops.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.peipao.api.MetaDataKeys;
import org.peipao.query.QuerySideConfiguration;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationProviderTest {

    private final CorrelationProvider provider = new CorrelationProvider();

    @Test
    void aCommandPassesOnItsCorrelationItsIdAndItsActor() {
        var command = GenericCommandMessage.asCommandMessage("register")
                .andMetaData(Map.of(MetaDataKeys.CORRELATION_ID, "req-1", MetaDataKeys.ACTOR, "admin"));

        assertThat(Map.<String, Object>copyOf(provider.correlationDataFor(command))).isEqualTo(Map.of(
                MetaDataKeys.CORRELATION_ID, "req-1", MetaDataKeys.CAUSATION_ID, command.getIdentifier(),
                MetaDataKeys.ACTOR, "admin"));
    }

    @Test
    void anEventPassesOnItsCorrelationButNoActor() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("solved")
                .andMetaData(MetaData.with(MetaDataKeys.CORRELATION_ID, "req-2").and(MetaDataKeys.ACTOR, "admin"));

        AtomicReference<Map<String, ?>> passed = new AtomicReference<>();
        DefaultUnitOfWork.startAndGet(event).execute(() -> passed.set(provider.correlationDataFor(event)));

        assertThat(Map.<String, Object>copyOf(passed.get())).isEqualTo(Map.of(
                MetaDataKeys.CORRELATION_ID, "req-2", MetaDataKeys.CAUSATION_ID, event.getIdentifier()));
    }

    @Test
    void aReadModelBatchPassesOnNothing() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("solved")
                .andMetaData(MetaData.with(MetaDataKeys.CORRELATION_ID, "req-3"));

        AtomicReference<Map<String, ?>> passed = new AtomicReference<>();
        var unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.resources().put(QuerySideConfiguration.DISPATCHES_NOTHING, Boolean.TRUE);
        unitOfWork.execute(() -> passed.set(provider.correlationDataFor(event)));

        assertThat(passed.get()).isEmpty();
    }
}
