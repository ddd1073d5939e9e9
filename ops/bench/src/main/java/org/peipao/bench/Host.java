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
     * The free space the disk under a data set being built, or copied, must keep: 2 GiB. The embedded read models'
     * file grows much faster than the events (README, Performance: 81.8 GB at a million events filled this machine's
     * disk before the file's upkeep; 0.40 GB against 85 MB of events at 100,000 with it and LZF pages), and a full disk stops every
     * read model and whatever else runs here.
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
        requireFreeSpace(dir, 0);
    }

    /**
     * Fails with {@link LowDiskSpace} when the file system holding {@code dir} (or its nearest existing parent) has
     * less than {@code bytes} plus {@link #MIN_FREE_BYTES} left for this user: room to write {@code bytes} there
     * (a copy of a data set) and still keep the margin.
     */
    static void requireFreeSpace(Path dir, long bytes) {
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
        if (free < bytes + MIN_FREE_BYTES) {
            throw new LowDiskSpace(String.format("only %,d MB left on the disk under %s (%sat least %,d MB must stay "
                    + "free); free some there, or give --datasets (the data sets) or the clone (each run's copy under "
                    + "ops/bench/target/runs) a larger disk, or use fewer --events", free >> 20, dir,
                    bytes > 0 ? String.format("%,d MB are to be written there and ", bytes >> 20) : "",
                    MIN_FREE_BYTES >> 20));
        }
    }

    /** The bytes of the regular files under {@code dir}. */
    static long treeSize(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
