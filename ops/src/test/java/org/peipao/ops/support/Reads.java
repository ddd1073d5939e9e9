package org.peipao.ops.support;

import org.awaitility.Awaitility;

import java.time.Duration;

/** Read models follow the events within milliseconds; reads in tests wait until the write is visible. */
public final class Reads {

    private Reads() {
    }

    /** Waits until {@code path} answers 200 with a version of at least {@code version}, and answers it. */
    public static Api.Response visible(Api api, String path, long version) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
            last[0] = api.get(path);
            return last[0].status() == 200 && last[0].body().path("version").asLong(-1) >= version;
        });
        return last[0];
    }
}
