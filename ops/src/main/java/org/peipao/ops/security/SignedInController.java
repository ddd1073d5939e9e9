package org.peipao.ops.security;

import org.peipao.ops.messaging.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.List;

/** {@code GET /api/v1/me}: who is signed in, so that a client (the web console) can show what their roles allow. */
@RestController
class SignedInController {

    static final String ME = "/api/v1/me";

    private final CurrentActor actor;
    private final Clock clock;

    SignedInController(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * The signed-in user: name, roles and, for a mentor, the companion they act for; and the office's time zone
     * ({@code peipao.zone}, an IANA id), whose days the API's dates name.
     */
    record Me(String name, List<String> roles, String companionId, String zone) {
    }

    @GetMapping(ME)
    Me me() {
        CurrentActor.Actor signedIn = actor.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return new Me(signedIn.name(), signedIn.roles(), signedIn.companionId(), clock.getZone().getId());
    }
}
