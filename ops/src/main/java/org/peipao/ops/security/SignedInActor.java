package org.peipao.ops.security;

import org.peipao.ops.messaging.CurrentActor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the request on this thread: name, roles and, for a mentor, the companion id. */
@Component
class SignedInActor implements CurrentActor {

    private final JwtActors jwtActors;

    SignedInActor(JwtActors jwtActors) {
        this.jwtActors = jwtActors;
    }

    @Override
    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        String companionId = authentication.getPrincipal() instanceof PeipaoUser user ? user.companionId()
                : authentication instanceof JwtAuthenticationToken jwt ? jwtActors.companionId(jwt.getToken()) : null;
        return Optional.of(new Actor(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
                .sorted().toList(), companionId));
    }
}
