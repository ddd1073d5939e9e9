package org.peipao.ops.messaging;

import java.util.List;
import java.util.Optional;

/** The principal on whose behalf this thread acts (an authenticated HTTP request), if any. */
public interface CurrentActor {

    record Actor(String name, List<String> roles, String companionId) {
    }

    Optional<Actor> get();
}
