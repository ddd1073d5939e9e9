package org.peipao.query.shared;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.peipao.api.MetaDataKeys;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Lets event handlers take a {@link Recorded} parameter. Axon finds this factory through
 * {@code META-INF/services}, so it works for the tracking processors and for projections fed by hand (replays into
 * copies, tests) alike. Only tracked events have a position: handlers with a {@code Recorded} parameter are not
 * called for others.
 */
public class RecordedParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Recorded> createInstance(Executable executable, Parameter[] parameters, int index) {
        return Recorded.class.equals(parameters[index].getType()) ? new Resolver() : null;
    }

    private static final class Resolver implements ParameterResolver<Recorded> {

        @Override
        public Recorded resolveParameterValue(Message<?> message) {
            TrackedEventMessage<?> event = (TrackedEventMessage<?>) message;
            long position = event.trackingToken().position()
                    .orElseThrow(() -> new IllegalStateException("an event without a position: " + event.trackingToken()));
            long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
            return new Recorded(position, sequence, event.getTimestamp(), () -> {
                Object actor = message.getMetaData().get(MetaDataKeys.ACTOR);
                return actor == null ? MetaDataKeys.SYSTEM : actor.toString();
            });
        }

        @Override
        public boolean matches(Message<?> message) {
            return message instanceof TrackedEventMessage<?>;
        }
    }
}
