package org.peipao.server.support;

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

/**
 * The packaged server jar run as a separate process on a data directory of the test's, so that a test can
 * stop it, kill it and start it again as an operator would.
 */
public class ServerProcess implements AutoCloseable {

    private final Path dataDir;
    private final List<String> extraArgs;
    private final int port;
    private Process process;
    private int starts;

    public ServerProcess(Path dataDir, String... extraArgs) {
        this.dataDir = dataDir;
        this.extraArgs = List.of(extraArgs);
        this.port = freePort();
    }

    public Api api() {
        return new Api("http://localhost:" + port);
    }

    public Path dataDir() {
        return dataDir;
    }

    public ServerProcess start() {
        String jar = System.getProperty("peipao.server.jar", "target/peipao-server.jar");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", jar, "--server.port=" + port, "--peipao.data-dir=" + dataDir));
        command.addAll(extraArgs);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server-" + (++starts) + ".log");
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api api = api();
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
