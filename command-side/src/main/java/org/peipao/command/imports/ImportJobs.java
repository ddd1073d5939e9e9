package org.peipao.command.imports;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The imports of this process, by job id, while they run and for a while after: their progress, and once finished
 * their report, to download. Bounded: the oldest are forgotten first.
 */
@Component
class ImportJobs {

    /** Jobs kept at most. */
    static final int CAPACITY = 50;

    /** A job: its progress and, once finished, its report. */
    static final class Job {
        private final ImportProgress progress;
        private volatile ImportReport report;

        Job(ImportProgress progress) {
            this.progress = progress;
        }

        ImportProgress progress() {
            return progress;
        }

        Optional<ImportReport> report() {
            return Optional.ofNullable(report);
        }

        void finished(ImportReport report) {
            this.report = report;
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Job start(String id, ImportProgress progress) {
        Job job = new Job(progress);
        jobs.put(id, job);
        return job;
    }

    synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
