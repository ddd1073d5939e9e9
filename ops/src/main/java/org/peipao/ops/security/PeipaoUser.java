package org.peipao.ops.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in user of basic mode; a mentor carries the companion they act for. */
class PeipaoUser extends User {

    private final String companionId;

    PeipaoUser(String name, String passwordHash, List<SecurityProperties.Role> roles, String companionId) {
        super(name, passwordHash, authorities(roles));
        this.companionId = companionId;
    }

    String companionId() {
        return companionId;
    }

    static List<GrantedAuthority> authorities(List<SecurityProperties.Role> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }
}
