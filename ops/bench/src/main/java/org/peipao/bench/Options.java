package org.peipao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options of ops/bench/run, with their defaults (a smoke run: small data set, short windows). */
final class Options {

    static final String USAGE = """
            usage: ops/bench/run [option value]...
              --events N           size of the data set for the read-side rows, in events (default 20000; the issue's: 1000000)
              --warmup S           seconds of write load before each write measurement, for the JIT (default 180)
              --window S           seconds of each measured write window (default 60)
              --clients N          concurrent writers (default 8)
              --probe S            seconds of each trivial-endpoint and one-document rate (default 10)
              --raw S              seconds of each raw JDBC insert rate, 1 and N threads (default 10)
              --hot N              concurrent milestone commands on one project (default 200)
              --hot-timeout S      how long each of those clients waits for its answer (default 30)
              --sequential N       milestone commands one client sends to one project (default 300)
              --read-warmup S      seconds of dashboard reads before measuring them (default 30)
              --reads N            dashboard requests per variant, one client (default 300)
              --read-window S      at most this many seconds for them (default 180)
              --job-timeout S      at most this many seconds for each verification job and each rebuild; one
                                   not done by then is reported with how far it got (default 14400)
              --xmx SIZE           heap of the server that serves and rebuilds the data set (default 512m)
              --write-xmx SIZE     heap of the servers that take the write load (default: the JVM's)
              --jvm-opts "..."     more JVM options for every server (e.g. CDS or AOT flags under trial); the
                                   servers use the README's -XX:+UseParallelGC unless these name another collector
              --phases LIST        any of embedded,postgres,dataset (default all three; postgres only when reachable)
              --datasets DIR       where data sets are kept (default ops/bench/datasets)
              --dataset-revision R serve the data set an earlier server revision R built (it must be kept under
                                   --datasets) instead of building one for this revision: for a change that leaves
                                   the events and the read models' layout as they were (default: this revision's)
              --results DIR        where the Markdown report goes (default ops/bench/results)
              --keep               keep the run's data directories (default: removed, logs kept)
              --jfr                record a JFR profile of each measured write window and of the read side
                                   (the recorder adds its own overhead to those figures)
            """;

    /** The collector the README's command starts the server with. */
    static final String DEFAULT_GC = "-XX:+UseParallelGC";

    /** A JVM option that chooses a garbage collector (the JVM refuses two). */
    private static final String COLLECTOR = "-XX:\\+Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC";

    private static final Set<String> FLAGS = Set.of("keep", "jfr");
    private static final List<String> PHASES = List.of("embedded", "postgres", "dataset");

    private final Map<String, String> values = new LinkedHashMap<>(Map.ofEntries(
            Map.entry("events", "20000"), Map.entry("warmup", "180"), Map.entry("window", "60"),
            Map.entry("clients", "8"), Map.entry("probe", "10"), Map.entry("raw", "10"), Map.entry("hot", "200"),
            Map.entry("hot-timeout", "30"), Map.entry("sequential", "300"), Map.entry("read-warmup", "30"),
            Map.entry("reads", "300"), Map.entry("read-window", "180"), Map.entry("job-timeout", "14400"),
            Map.entry("xmx", "512m"), Map.entry("write-xmx", ""),
            Map.entry("jvm-opts", ""), Map.entry("phases", "embedded,postgres,dataset"),
            Map.entry("datasets", "ops/bench/datasets"), Map.entry("results", "ops/bench/results"),
            Map.entry("keep", "false"), Map.entry("jfr", "false"),
            // set by ops/bench/run, not by hand
            Map.entry("jar", "ops/target/peipao-ops.jar"), Map.entry("work", "ops/bench/target/run"),
            Map.entry("commit", "unknown"), Map.entry("server-revision", "unknown"),
            Map.entry("dataset-revision", ""), Map.entry("pg-database", ""),
            Map.entry("ready-timeout", "300"), Map.entry("command-line", "")));

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !values.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            if (FLAGS.contains(name)) {
                values.put(name, "true");
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + args[i] + " needs a value\n" + USAGE);
            }
        }
        for (String phase : values.get("phases").split(",")) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("unknown phase " + phase + "; phases are " + PHASES + "\n" + USAGE);
            }
        }
    }

    long events() {
        return Long.parseLong(values.get("events"));
    }

    int warmup() {
        return integer("warmup");
    }

    int window() {
        return integer("window");
    }

    int clients() {
        return integer("clients");
    }

    int probe() {
        return integer("probe");
    }

    int raw() {
        return integer("raw");
    }

    int hot() {
        return integer("hot");
    }

    int hotTimeout() {
        return integer("hot-timeout");
    }

    int sequential() {
        return integer("sequential");
    }

    int readWarmup() {
        return integer("read-warmup");
    }

    int reads() {
        return integer("reads");
    }

    int readWindow() {
        return integer("read-window");
    }

    /** Seconds each verification job and each rebuild may take before the report says how far it got. */
    int jobTimeout() {
        return integer("job-timeout");
    }

    String xmx() {
        return values.get("xmx");
    }

    String writeXmx() {
        return values.get("write-xmx");
    }

    /**
     * The JVM options of every server: {@code --jvm-opts}, after the README's garbage collector
     * ({@value #DEFAULT_GC}) unless they choose another one.
     */
    List<String> jvmOptions() {
        String opts = values.get("jvm-opts").trim();
        List<String> given = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
        List<String> all = new ArrayList<>();
        if (given.stream().noneMatch(option -> option.matches(COLLECTOR))) {
            all.add(DEFAULT_GC);
        }
        all.addAll(given);
        return all;
    }

    boolean phase(String name) {
        return Arrays.asList(values.get("phases").split(",")).contains(name);
    }

    Path datasets() {
        return Path.of(values.get("datasets"));
    }

    Path results() {
        return Path.of(values.get("results"));
    }

    boolean keep() {
        return Boolean.parseBoolean(values.get("keep"));
    }

    boolean jfr() {
        return Boolean.parseBoolean(values.get("jfr"));
    }

    Path jar() {
        return Path.of(values.get("jar"));
    }

    Path work() {
        return Path.of(values.get("work"));
    }

    String commit() {
        return values.get("commit");
    }

    /** The last commit that changed the server (plus a digest of uncommitted changes): a data set's key. */
    String serverRevision() {
        return values.get("server-revision");
    }

    /** The server revision whose data set is served: {@code --dataset-revision}, else {@link #serverRevision}. */
    String datasetRevision() {
        String chosen = values.get("dataset-revision");
        return chosen.isBlank() ? serverRevision() : chosen;
    }

    /** A fresh, empty PostgreSQL database made by ops/bench/run, or empty when PostgreSQL is not reachable. */
    String pgDatabase() {
        return values.get("pg-database");
    }

    int readyTimeoutSeconds() {
        return integer("ready-timeout");
    }

    String commandLine() {
        return values.get("command-line");
    }

    private int integer(String name) {
        return Integer.parseInt(values.get(name));
    }
}
