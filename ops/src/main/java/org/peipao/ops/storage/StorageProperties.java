package org.peipao.ops.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code peipao.storage.*}.
 *
 * @param eventFetchDelay how often a process looks for events committed by other processes
 * @param embeddedMongoPersistent keep the embedded MongoDB's data on disk (tests use memory)
 * @param embeddedMongoPort port of the embedded MongoDB on 127.0.0.1 (0: any free port)
 * @param embeddedMongoCache the embedded MongoDB's page cache (H2 MVStore's {@code cacheSize}; its default is 16 MB):
 *        pages in it are kept as objects, so a read of a cached document costs no deserialisation
 * @param groupCommitSize the most commands that share one transaction (one durable commit) in a group commit
 * @param embeddedMongoCompaction how the embedded MongoDB's file is kept compact ({@link ReadModelFileCompaction})
 * @param embeddedMongoCompression how H2 MVStore compresses the embedded MongoDB's pages as it writes them
 */
@Validated
@ConfigurationProperties("peipao.storage")
record StorageProperties(@DefaultValue("50ms") Duration eventFetchDelay,
                         @DefaultValue("true") boolean embeddedMongoPersistent,
                         @DefaultValue("0") int embeddedMongoPort,
                         @DefaultValue("64MB") DataSize embeddedMongoCache,
                         @DefaultValue("100") @Min(1) int groupCommitSize,
                         @DefaultValue @Valid Compaction embeddedMongoCompaction,
                         @DefaultValue("fast") @NotNull Compression embeddedMongoCompression) {

    /**
     * {@code peipao.storage.embedded-mongo-compression}: H2 MVStore's page compression. Each page records how it was
     * written, so a file may mix them and any setting reads any file. On the benchmark's 100,000-event read models
     * (2026-12-02, README, Performance), a fresh copy of the live data took 1.11 GB without, 0.23 GB with
     * {@code fast} and 0.16 GB with {@code high}, copied in 23, 24 and 42 s.
     */
    enum Compression {
        /** Pages as they are. */
        NONE,
        /** LZF ({@code MVStore.Builder#compress}). */
        FAST,
        /** Deflate ({@code MVStore.Builder#compressHigh}): smaller, slower. */
        HIGH
    }

    /**
     * {@code peipao.storage.embedded-mongo-compaction.*}: every {@code interval} the file is synced and, while less
     * than {@code targetFillRate} percent of its rewritable chunks' bytes are live, up to {@code budget} of the
     * sparsest chunks' live pages are rewritten ({@link ReadModelFileCompaction}).
     *
     * @param interval time between two rounds
     * @param retention H2 MVStore's retention time (its default is 45 s): a chunk's space is not reused until this
     *        long after the chunk was written; at least two intervals
     * @param targetFillRate the live share of the rewritable chunks' bytes to keep, in percent
     * @param budget the most live bytes rewritten per round
     */
    record Compaction(@DefaultValue("1s") Duration interval,
                      @DefaultValue("5s") Duration retention,
                      @DefaultValue("60") @Min(1) @Max(100) int targetFillRate,
                      @DefaultValue("16MB") DataSize budget) {

        /** @throws IllegalArgumentException for a retention shorter than two intervals, before the file is opened */
        Compaction {
            if (interval == null || retention == null || budget == null) {
                throw new IllegalArgumentException("peipao.storage.embedded-mongo-compaction: interval, retention and "
                        + "budget must not be empty");
            }
            ReadModelFileCompaction.requireRetentionOfTwoIntervals(interval, retention);
        }
    }
}
