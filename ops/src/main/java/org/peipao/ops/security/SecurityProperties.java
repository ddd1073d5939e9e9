package org.peipao.ops.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
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
import java.util.stream.Stream;

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
     * How failed sign-ins are slowed down, alike for HTTP Basic and the console's sign-in form.
     * <p>
     * An account (a user name, known or not) is locked after {@code maxFailures} different wrong passwords, each
     * within {@code failureWindow} of the one before; the same wrong password again within that window counts once
     * (a client that retries is not guessing). The first lock lasts {@code firstLockout}, each further one twice the
     * one before, up to {@code maxLockout}; a successful sign-in, or {@code maxLockout} passing after a lock has
     * ended, starts the account over. While locked, the account is refused with {@code 429} and
     * {@code Retry-After}, whatever the password.
     * <p>
     * A client address is never locked: a correct password from it signs in to any account not itself locked. An
     * address with more than {@code addressMaxFailures} failed sign-ins within {@code addressWindow} of its first
     * one (a rate no office reaches) has its further failed sign-ins answered {@code 429} instead of {@code 401}
     * until that window ends.
     *
     * @param maxFailures        different wrong passwords that lock an account; 5 by default, 1 to 1000
     * @param failureWindow      how far apart an account's failures may be and still add up; 15 minutes by default
     * @param firstLockout       how long an account's first lock lasts; 1 minute by default
     * @param maxLockout         the longest lock, and how long the back-off is remembered after a lock; 1 hour by
     *                           default, at least {@code firstLockout}
     * @param addressMaxFailures failed sign-ins from one address within {@code addressWindow} above which its
     *                           failures answer {@code 429}; 100 by default
     * @param addressWindow      the period over which an address's failures are counted; 1 minute by default
     */
    public record Login(@DefaultValue("5") @Min(1) @Max(1000) int maxFailures,
                        @DefaultValue("15m") @NotNull Duration failureWindow,
                        @DefaultValue("1m") @NotNull Duration firstLockout,
                        @DefaultValue("1h") @NotNull Duration maxLockout,
                        @DefaultValue("100") @Min(1) int addressMaxFailures,
                        @DefaultValue("1m") @NotNull Duration addressWindow) {

        /** Every period is positive, and the first lock no longer than the longest. */
        @AssertTrue(message = "periods must be positive, and first-lockout at most max-lockout")
        public boolean isConsistent() {
            return Stream.of(failureWindow, firstLockout, maxLockout, addressWindow)
                    .allMatch(period -> period == null || !(period.isNegative() || period.isZero()))
                    && (firstLockout == null || maxLockout == null || firstLockout.compareTo(maxLockout) <= 0);
        }
    }

    public record Jwt(@DefaultValue("roles") @NotBlank String rolesClaim,
                      @DefaultValue("companion_id") @NotBlank String companionIdClaim,
                      @DefaultValue("sub") @NotBlank String nameClaim) {
    }
}
