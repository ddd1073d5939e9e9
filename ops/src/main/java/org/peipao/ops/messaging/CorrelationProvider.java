package org.peipao.ops.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.peipao.api.MetaDataKeys;
import org.peipao.query.QuerySideConfiguration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a message passes on to the messages it causes: the request's correlation id (unchanged along the
 * whole chain), its own id as their causation id, and, from a command to its events, the actor. Actors
 * are not passed from events on: a command a process manager sends is the system's act.
 */
class CorrelationProvider implements CorrelationDataProvider {

    private static final List<String> ACTOR_KEYS =
            List.of(MetaDataKeys.ACTOR, MetaDataKeys.ACTOR_ROLES, MetaDataKeys.ACTOR_COMPANION_ID);

    /**
     * The metadata the messages {@code message} causes inherit; none in a read-model processor's batch
     * ({@link QuerySideConfiguration#DISPATCHES_NOTHING}), which causes none.
     */
    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().resources().containsKey(QuerySideConfiguration.DISPATCHES_NOTHING)) {
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        data.put(MetaDataKeys.CORRELATION_ID,
                message.getMetaData().getOrDefault(MetaDataKeys.CORRELATION_ID, message.getIdentifier()));
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        if (message instanceof CommandMessage<?>) {
            ACTOR_KEYS.forEach(key -> {
                Object value = message.getMetaData().get(key);
                if (value != null) {
                    data.put(key, value);
                }
            });
        }
        return data;
    }
}
