package org.peipao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server jar, run as a separate process on a port of its own, signed in to as the bench user.
 * Every pid is appended to a file that ops/bench/run's exit trap reads, so that no server outlives the harness.
 */
final class Server implements AutoCloseable {

    /** The script that starts the packaged server with Class Data Sharing (README, Performance). */
    private static final Path RUN_CDS = Path.of("ops/run-cds");

    private final Process process;
    private final Path log;
    private final Http http;
    private final double secondsToReady;

    private Server(Process process, Path log, Http http, double secondsToReady) {
        this.process = process;
        this.log = log;
        this.http = http;
        this.secondsToReady = secondsToReady;
    }

    /**
     * Starts the jar ({@code java -jar}) and waits until {@code /actuator/health} answers UP; the time from the
     * process's start to that answer is its time to ready.
     */
    static Server start(Options options, Path dataDir, String heap, List<String> storeArgs, String logName) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmArguments(options, heap));
        command.addAll(List.of("-jar", options.jar().toString()));
        return launch(options, command, Map.of(), dataDir, storeArgs, logName);
    }

    /**
     * As {@link #start}, through {@code ops/run-cds} (Class Data Sharing), with the same JVM options in its
     * {@code JAVA_OPTS}. The script execs the JVM, so the process is the server's. Call {@link #prepareCds} first, or
     * the time to ready includes the archive's making (a training start of about 20 s).
     */
    static Server startWithCds(Options options, Path dataDir, String heap, List<String> storeArgs, String logName) {
        return launch(options, List.of(RUN_CDS.toString()),
                Map.of("JAVA_OPTS", String.join(" ", jvmArguments(options, heap))), dataDir, storeArgs, logName);
    }

    /**
     * Whether {@link #startWithCds} starts the jar this run measures: {@code ops/run-cds} starts
     * {@code ops/target/peipao-ops.jar} only.
     */
    static boolean cdsStartsTheJar(Options options) {
        return options.jar().toAbsolutePath().normalize()
                .equals(Path.of("ops/target/peipao-ops.jar").toAbsolutePath().normalize());
    }

    /**
     * Makes {@code ops/run-cds}' class archive if the jar is newer than it ({@code ops/run-cds --prepare}), untimed.
     *
     * @throws IllegalStateException if the script fails or takes more than 5 minutes (its output is in
     *                               {@code <work>/run-cds-prepare.log})
     */
    static void prepareCds(Options options) {
        Path log = options.work().resolve("run-cds-prepare.log");
        try {
            Process prepare = new ProcessBuilder(RUN_CDS.toString(), "--prepare").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!prepare.waitFor(5, TimeUnit.MINUTES)) {
                prepare.destroyForcibly();
                throw new IllegalStateException("ops/run-cds --prepare took more than 5 minutes; see " + log);
            }
            if (prepare.exitValue() != 0) {
                throw new IllegalStateException("ops/run-cds --prepare failed (exit " + prepare.exitValue() + "); see "
                        + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The JVM options of every server: the heap ({@code null} or blank: the JVM's default), then {@code --jvm-opts}. */
    private static List<String> jvmArguments(Options options, String heap) {
        List<String> arguments = new ArrayList<>();
        if (heap != null && !heap.isBlank()) {
            arguments.add("-Xmx" + heap);
        }
        arguments.add("-XX:+ExitOnOutOfMemoryError");
        arguments.addAll(options.jvmOptions());
        return arguments;
    }

    private static Server launch(Options options, List<String> launcher, Map<String, String> launcherEnv, Path dataDir,
                                 List<String> storeArgs, String logName) {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--server.port=" + port, "--peipao.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(storeArgs);
        Path log = options.work().resolve(logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(launcherEnv);
        env.put("PEIPAO_SECURITY_USERS_0_NAME", BenchUser.NAME);
        env.put("PEIPAO_SECURITY_USERS_0_PASSWORD", BenchUser.passwordHash());
        env.put("PEIPAO_SECURITY_USERS_0_ROLES", "ADMIN");
        Process process;
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            process = builder.start();
            Process started0 = process;
            // should the harness be stopped (SIGTERM, Ctrl-C), its servers stop with it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (started0.isAlive()) {
                    started0.destroy();
                }
            }));
            Files.writeString(options.work().resolve("server.pids"), process.pid() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Http http = new Http("http://127.0.0.1:" + port, BenchUser.NAME, BenchUser.password());
        long deadline = started + TimeUnit.SECONDS.toNanos(options.readyTimeoutSeconds());
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited while starting; see " + log);
            }
            Http.Answer health = http.getAnonymous("/actuator/health");
            if (health.status() == 200 && health.body().contains("\"UP\"")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the server was not ready in " + options.readyTimeoutSeconds()
                        + " s; see " + log);
            }
            sleep(50);
        }
        double ready = (System.nanoTime() - started) / 1e9;
        Bench.say("server %s (pid %d, port %d) ready in %.1f s; log %s", logName, process.pid(), port, ready, log);
        return new Server(process, log, http, ready);
    }

    Http http() {
        return http;
    }

    long pid() {
        return process.pid();
    }

    double secondsToReady() {
        return secondsToReady;
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    boolean logMentions(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts a Java Flight Recorder recording ({@code --jfr}; the "profile" settings) in the server, to be dumped by
     * {@link #stopRecording}: the profile behind a figure.
     */
    void startRecording(Options options, String name) {
        if (options.jfr()) {
            jcmd("JFR.start", "name=" + name, "settings=profile");
        }
    }

    /** Stops the recording and answers where it was written (null without {@code --jfr}). */
    Path stopRecording(Options options, String name) {
        if (!options.jfr()) {
            return null;
        }
        Path file = options.work().resolve(name + ".jfr").toAbsolutePath();
        jcmd("JFR.stop", "name=" + name, "filename=" + file);
        return file;
    }

    private void jcmd(String... arguments) {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        List<String> command = new ArrayList<>(List.of(java.resolveSibling("jcmd").toString(),
                String.valueOf(process.pid())));
        command.addAll(List.of(arguments));
        try {
            Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.appendTo(log.resolveSibling(log.getFileName() + ".jcmd").toFile())).start();
            jcmd.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clean stop (SIGTERM), so that the embedded stores close their files; SIGKILL after a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                Bench.say("server pid %d did not stop in 60 s: killed", process.pid());
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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
