package org.peipao.ops.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** With no users configured: a first admin whose random password is shown once and kept only as a hash. */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminTest {

    private static final Pattern PRINTED = Pattern.compile("created user 'admin' with password (\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartCreatesAnAdminWhosePasswordIsLoggedOnceAndKeptOnlyAsAHash(CapturedOutput output)
            throws IOException {
        SecurityProperties.User admin = InitialAdmin.load(dataDir);

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as("the password is logged: %s", output.getAll()).isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("the password is logged once").isFalse();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        Path hashFile = dataDir.resolve("security").resolve("initial-admin.bcrypt");
        String stored = Files.readString(hashFile).strip();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(new BCryptPasswordEncoder().matches(password, stored.substring("{bcrypt}".length()))).isTrue();
        assertThat(new BCryptPasswordEncoder().matches(password + "x", stored.substring("{bcrypt}".length())))
                .isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hashFile))).isEqualTo("rw-------");

        assertThat(admin.name()).isEqualTo("admin");
        assertThat(admin.password()).isEqualTo(stored);
        assertThat(admin.roles()).containsExactly(SecurityProperties.Role.ADMIN);
        assertThat(admin.companionId()).isNull();
    }

    @Test
    void laterStartsReadTheSameHashAndLogNoPassword(CapturedOutput output) {
        SecurityProperties.User first = InitialAdmin.load(dataDir);
        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        int logged = output.getAll().length();

        SecurityProperties.User again = InitialAdmin.load(dataDir);

        String laterLog = output.getAll().substring(logged);
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(laterLog).as("the second start says where the hash is").contains("initial-admin.bcrypt")
                .doesNotContain(password).doesNotContain("with password");
    }

    @Test
    void twoDataDirectoriesGetDifferentPasswords(@TempDir Path otherDataDir, CapturedOutput output) {
        InitialAdmin.load(dataDir);
        InitialAdmin.load(otherDataDir);

        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String first = printed.group(1);
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).isNotEqualTo(first);
    }
}
