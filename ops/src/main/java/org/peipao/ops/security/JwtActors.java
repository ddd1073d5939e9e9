package org.peipao.ops.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads a bearer token's roles, user name and companion id from the claims the configuration names. */
class JwtActors implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtActors(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, roles(jwt), jwt.getClaimAsString(claims.nameClaim()));
    }

    String companionId(Jwt jwt) {
        return jwt.getClaimAsString(claims.companionIdClaim());
    }

    private Collection<GrantedAuthority> roles(Jwt jwt) {
        Object value = jwt.getClaims().get(claims.rolesClaim());
        List<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? List.of(text.split("[,\\s]+")) : List.of();
        return names.stream().filter(name -> !name.isBlank())
                .<GrantedAuthority>map(name -> new SimpleGrantedAuthority("ROLE_" + name.strip().toUpperCase(Locale.ROOT)))
                .toList();
    }
}
