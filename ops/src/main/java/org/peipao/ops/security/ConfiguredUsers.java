package org.peipao.ops.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users of basic mode, from configuration (or the initial admin). */
class ConfiguredUsers implements UserDetailsService {

    private final Map<String, SecurityProperties.User> users;

    ConfiguredUsers(List<SecurityProperties.User> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(SecurityProperties.User::name,
                Function.identity(), (first, second) -> {
                    throw new IllegalStateException("user " + first.name() + " is configured twice");
                }));
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        SecurityProperties.User user = users.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return new PeipaoUser(user.name(), user.password(), user.roles(), user.companionId());
    }
}
