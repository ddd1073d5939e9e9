package org.peipao.query.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.peipao.query.rebuild.ReadModelCatalog;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.Collection;

/**
 * Lets a client read its own write. Every write answers the global position of its last event
 * ({@code Peipao-Position}); a read sent with {@value #MIN_POSITION_HEADER}{@code : N} waits until the read model it
 * answers from ({@link ReadsFrom}) has handled position N, for at most {@link #PATIENCE}, and is then answered as
 * usual. When the read model is further behind than that, the answer is {@link ReadModelBehind} ({@code 503} with
 * {@code Retry-After}) rather than a stale answer or a {@code 404}.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String MIN_POSITION_HEADER = "Peipao-Min-Position";
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final ReadModelCatalog catalog;

    ReadYourWrites(EventProcessingConfiguration processing, ReadModelCatalog catalog) {
        this.processing = processing;
        this.catalog = catalog;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        String wanted = request.getHeader(MIN_POSITION_HEADER);
        if (wanted == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        ReadsFrom readModel = method.getBeanType().getAnnotation(ReadsFrom.class);
        if (readModel == null) {
            return true; // answered from the events themselves, which hold every answered write
        }
        long position = parse(wanted);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!handled(readModel.value(), position)) {
            if (System.nanoTime() > deadline) {
                throw new ReadModelBehind(readModel.value(), position);
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** Whether readers of the processor's read model see every event up to {@code position}. */
    private boolean handled(String processor, long position) {
        if (catalog.rebuilding(processor)) {
            return false; // readers see the old collections until the rebuild has caught up
        }
        return processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(p -> caughtUp(p.processingStatus().values(), position))
                .orElse(true);
    }

    private static boolean caughtUp(Collection<EventTrackerStatus> segments, long position) {
        return !segments.isEmpty()
                && segments.stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= position);
    }

    private static long parse(String header) {
        try {
            long position = Long.parseLong(header.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new BadParameter(MIN_POSITION_HEADER, "must be a position: a whole number of 0 or more");
    }

    /** The read model has not caught up within {@link #PATIENCE}; the client should retry after a second. */
    public static class ReadModelBehind extends RuntimeException {

        public ReadModelBehind(String processor, long position) {
            super("the " + processor + " read model has not reached position " + position + " yet; retry shortly",
                    null, false, false);
        }

        /** The {@code Retry-After} value, in seconds. */
        public int retryAfterSeconds() {
            return 1;
        }
    }
}
