package org.peipao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What Linux's /proc tells about CPU time and memory: the server's, the harness's own and the whole machine's. */
final class Proc {

    /** Clock ticks per second of /proc's CPU times ({@code getconf CLK_TCK}, passed by ops/bench/run). */
    static final double TICKS_PER_SECOND = Double.parseDouble(System.getProperty("bench.clkTck", "100"));

    private Proc() {
    }

    /** CPU seconds (user + system, all threads) a process has used so far; NaN once it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name may hold spaces: the fields that matter come after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime field 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double ownCpuSeconds() {
        return cpuSeconds(ProcessHandle.current().pid());
    }

    /** CPU seconds the whole machine spent busy (all cores, everything but idle and I/O wait). */
    static double machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A line of /proc/<pid>/status in MB (VmHWM: peak resident memory; VmRSS: resident now); NaN if absent. */
    static double statusMegabytes(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return Double.NaN;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** nproc, memory, CPU model and JDK, for the report's header. */
    static String machine() {
        String model = "?";
        long memoryKb = 0;
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
            List<String> memory = Files.readAllLines(Path.of("/proc/meminfo"));
            memoryKb = memory.stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (IOException e) {
            // leave "?"
        }
        return String.format("nproc %d, memory %.1f GiB, CPU %s, JDK %s (%s)", Runtime.getRuntime().availableProcessors(),
                memoryKb / 1024.0 / 1024.0, model, System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    /**
     * CPU use over a measured window: the server's, the harness's own, and everything else on the machine (other
     * people's builds), in cores.
     */
    record Window(long serverPid, long startNanos, double server0, double own0, double machine0) {

        static Window start(long serverPid) {
            return new Window(serverPid, System.nanoTime(), cpuSeconds(serverPid), ownCpuSeconds(), machineBusySeconds());
        }

        Usage end() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double server = cpuSeconds(serverPid) - server0;
            double own = ownCpuSeconds() - own0;
            double machine = machineBusySeconds() - machine0;
            return new Usage(seconds, server, own, Math.max(0, machine - server - own));
        }
    }

    /** Seconds of wall time and CPU seconds used in it by the server, the harness and others. */
    record Usage(double seconds, double serverCpu, double harnessCpu, double othersCpu) {
        String cores() {
            return String.format("server %.2f, harness %.2f, others %.2f cores", serverCpu / seconds,
                    harnessCpu / seconds, othersCpu / seconds);
        }
    }
}
