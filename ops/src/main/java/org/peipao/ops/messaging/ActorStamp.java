package org.peipao.ops.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.peipao.api.MetaDataKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sends it and the request it belongs to, unless it carries them already
 * (a process manager's command carries its own). Outside a request the actor is the system.
 */
class ActorStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final CurrentActor currentActor;

    ActorStamp(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(stampFor(command.getMetaData()));
    }

    private Map<String, Object> stampFor(MetaData present) {
        Map<String, Object> stamp = new HashMap<>();
        if (!present.containsKey(MetaDataKeys.ACTOR)) {
            currentActor.get().ifPresentOrElse(actor -> {
                stamp.put(MetaDataKeys.ACTOR, actor.name());
                stamp.put(MetaDataKeys.ACTOR_ROLES, String.join(",", actor.roles()));
                if (actor.companionId() != null) {
                    stamp.put(MetaDataKeys.ACTOR_COMPANION_ID, actor.companionId());
                }
            }, () -> stamp.put(MetaDataKeys.ACTOR, MetaDataKeys.SYSTEM));
        }
        if (!present.containsKey(MetaDataKeys.CORRELATION_ID)) {
            stamp.put(MetaDataKeys.CORRELATION_ID, RequestCorrelation.current().orElseGet(() -> UUID.randomUUID().toString()));
        }
        return stamp;
    }
}
