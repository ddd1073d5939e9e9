package org.peipao.command.seed;

import org.peipao.seeds.SeedSet;

import java.util.List;

/**
 * One load of a seed set: its commands sent one after another, each once the previous one is handled, so
 * that the event log gets the same events in the same order every time (and a load that stops has handled
 * a prefix of the set). The first failure stops the run and names the command.
 */
final class SeedRun {

    /** Sends one command and waits for it; answers whether an earlier load had handled it already. */
    interface Sender {
        boolean send(Object command);
    }

    private final SeedSet seed;
    private final Sender sender;

    SeedRun(SeedSet seed, Sender sender) {
        this.seed = seed;
        this.sender = sender;
    }

    SeedReport execute() {
        List<Object> commands = seed.commands();
        SeedProgress progress = new SeedProgress(seed.name(), commands.size());
        int alreadyDone = 0;
        for (int i = 0; i < commands.size(); i++) {
            Object command = commands.get(i);
            try {
                if (sender.send(command)) {
                    alreadyDone++;
                }
            } catch (RuntimeException failure) {
                throw new IllegalStateException("seed '" + seed.name() + "': command " + (i + 1) + " of "
                        + commands.size() + " (" + command.getClass().getSimpleName() + ") failed: "
                        + failure.getMessage(), failure);
            }
            progress.handled(i + 1);
        }
        return new SeedReport(seed.name(), false, commands.size(), alreadyDone, progress.elapsed());
    }
}
