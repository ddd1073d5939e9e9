package org.peipao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The harness's chores on this machine: a command run to its end, threads waited for, a directory removed, the disk
 * watched.
 */
final class Host {

    private Host() {
    }

    /** Waits for every thread to end. */
    static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs {@code command} with the harness's output; fails unless it exits with 0. */
    static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Removes {@code dir} and everything under it; nothing if it does not exist. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The free space the disk under a data set being built must keep: 2 GiB. The embedded read models' file grows
     * about 60 times faster than the events (README, Performance: 81.8 GB at a million events filled this machine's
     * disk), and a full disk stops every read model and whatever else runs here.
     */
    static final long MIN_FREE_BYTES = 2L << 30;

    /** The disk under a data set fell below {@link #MIN_FREE_BYTES}: the build stops before the disk is full. */
    static final class LowDiskSpace extends IllegalStateException {
        LowDiskSpace(String message) {
            super(message);
        }
    }

    /**
     * Fails with {@link LowDiskSpace} when the file system holding {@code dir} (or its nearest existing parent) has
     * less than {@link #MIN_FREE_BYTES} left for this user.
     */
    static void requireFreeSpace(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (free < MIN_FREE_BYTES) {
            throw new LowDiskSpace(String.format("only %,d MB left on the disk under %s (at least %,d MB must stay "
                    + "free); give --datasets a larger disk or build fewer --events", free >> 20, dir,
                    MIN_FREE_BYTES >> 20));
        }
    }
}
