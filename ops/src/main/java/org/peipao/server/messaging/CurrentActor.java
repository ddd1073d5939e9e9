package org.peipao.server.messaging;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** The principal of the HTTP request being served on this thread, if any. */
@Component
class CurrentActor {

    static final String ANONYMOUS = "anonymous";

    record Actor(String name, List<String> roles, String companionId) {
    }

    Optional<Actor> get() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        Principal principal = request.getUserPrincipal();
        return Optional.of(new Actor(principal == null ? ANONYMOUS : principal.getName(), List.of(), null));
    }
}
