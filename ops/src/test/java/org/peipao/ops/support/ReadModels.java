package org.peipao.ops.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Waits for the read models, as an administrator sees them on {@code /api/v1/admin/processors}. */
public final class ReadModels {

    private ReadModels() {
    }

    /** Until every event processor runs and has handled every stored event. */
    public static void caughtUp(Api admin, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode processors = admin.get("/api/v1/admin/processors").body();
            boolean done = processors.size() > 0;
            for (JsonNode processor : processors) {
                done &= processor.path("lag").path("events").asLong() == 0 && processor.path("running").asBoolean();
            }
            return done;
        });
    }
}
