package org.peipao.ops.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * With no users configured, the first start creates {@code admin} with a random password, prints it once,
 * and keeps only its bcrypt hash under the data directory; later starts read the hash back.
 */
final class InitialAdmin {

    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private InitialAdmin() {
    }

    static SecurityProperties.User load(Path dataDir) {
        Path hashFile = dataDir.resolve("security").resolve("initial-admin.bcrypt");
        try {
            if (Files.exists(hashFile)) {
                log.info("No users configured: user '{}' signs in with the password printed at the first start"
                        + " (its hash is in {}; configure peipao.security.users to replace it)", NAME, hashFile);
                return user(Files.readString(hashFile).strip());
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
            Files.createDirectories(hashFile.getParent());
            Files.writeString(hashFile, hash + "\n");
            restrictToOwner(hashFile);
            log.warn("No users configured: created user '{}' with password {} — it is shown only this once; its hash"
                    + " is kept in {}. Configure peipao.security.users to replace it.", NAME, password, hashFile);
            return user(hash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the initial admin's password hash in " + hashFile, e);
        }
    }

    private static SecurityProperties.User user(String hash) {
        return new SecurityProperties.User(NAME, hash, List.of(SecurityProperties.Role.ADMIN), null);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; the data directory's own protection applies
        }
    }
}
