package org.peipao.ops.support;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server jar run as a separate process on a data directory of the test's, so that a test can
 * stop it, kill it and start it again as an operator would.
 */
public class ServerProcess implements AutoCloseable {

    private static final Pattern INITIAL_PASSWORD = Pattern.compile("created user 'admin' with password (\\S+)");

    private final Path dataDir;
    private final List<String> extraArgs;
    private final int port;
    private String maxHeap = "512m";
    private Process process;
    private int starts;
    private Path log;
    private String adminPassword;

    public ServerProcess(Path dataDir, String... extraArgs) {
        this.dataDir = dataDir;
        this.extraArgs = List.of(extraArgs);
        this.port = freePort();
    }

    /** The heap the next start gets (for tests that prove bounded memory). */
    public ServerProcess maxHeap(String size) {
        this.maxHeap = size;
        return this;
    }

    /** A client signed in as the initial admin, whose password the first start printed. */
    public Api api() {
        return new Api("http://localhost:" + port, headers -> headers.setBasicAuth("admin", adminPassword));
    }

    public String adminPassword() {
        return adminPassword;
    }

    public int port() {
        return port;
    }

    public Api anonymousApi() {
        return new Api("http://localhost:" + port);
    }

    /** The log of the latest start. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public ServerProcess start() {
        String jar = System.getProperty("peipao.ops.jar", "target/peipao-ops.jar");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-jar", jar, "--server.port=" + port, "--peipao.data-dir=" + dataDir));
        command.addAll(extraArgs);
        log = dataDir.resolveSibling(dataDir.getFileName() + "-server-" + (++starts) + ".log");
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api api = anonymousApi();
        Awaitility.await("server started (log: " + log + ")").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server exited; see " + log);
                    }
                    try {
                        return api.get("/actuator/health").status() == 200;
                    } catch (RuntimeException notYetListening) {
                        return false;
                    }
                });
        Matcher printed = INITIAL_PASSWORD.matcher(log());
        if (printed.find()) {
            adminPassword = printed.group(1);
        }
        return this;
    }

    /** A clean stop (SIGTERM), as a service manager does. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** A crash: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
