package org.peipao.ops.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * {@code peipao.security.*}: who may sign in, and how.
 *
 * @param mode        {@code basic} (users below) or {@code jwt} (an OAuth2 resource server; see {@code jwt})
 * @param users       the users of basic mode; none configured: a first {@code admin} is created with a random password
 * @param maxBodySize larger request bodies are refused with 413
 * @param corsAllowedOrigins origins whose browsers may call the API; none by default
 * @param login       how repeated failed sign-ins are slowed down
 * @param jwt         which claims carry the roles, the companion id and the user name in jwt mode
 */
@Validated
@ConfigurationProperties("peipao.security")
public record SecurityProperties(@DefaultValue("basic") @NotNull Mode mode,
                                 @DefaultValue @Valid List<User> users,
                                 @DefaultValue("64KB") @NotNull DataSize maxBodySize,
                                 @DefaultValue List<String> corsAllowedOrigins,
                                 @DefaultValue @Valid Login login,
                                 @DefaultValue @Valid Jwt jwt) {

    public enum Mode { BASIC, JWT }

    /**
     * @param password a bcrypt hash in Spring's form, {@code {bcrypt}$2a$...}
     * @param roles    any of ADMIN, MENTOR, AUDITOR, METRICS
     * @param companionId the companion a MENTOR acts for
     */
    public record User(@NotBlank String name,
                       @NotBlank @Pattern(regexp = "\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$.{53}",
                               message = "must be a bcrypt hash in the form {bcrypt}$2a$10$...") String password,
                       @NotEmpty List<Role> roles,
                       String companionId) {
    }

    public enum Role { ADMIN, MENTOR, AUDITOR, METRICS }

    /**
     * @param maxFailures failed sign-ins, by one user name or from one address, before it is locked out
     * @param lockout     how long a lock-out lasts
     */
    public record Login(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("5m") @NotNull Duration lockout) {
    }

    public record Jwt(@DefaultValue("roles") @NotBlank String rolesClaim,
                      @DefaultValue("companion_id") @NotBlank String companionIdClaim,
                      @DefaultValue("sub") @NotBlank String nameClaim) {
    }
}
