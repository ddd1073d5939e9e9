package org.peipao.command.seed;

import java.time.Duration;

/**
 * What one run of the loader did.
 *
 * @param seed          the set's name
 * @param alreadyLoaded the set was complete before this run: nothing was sent
 * @param sent          commands sent
 * @param alreadyDone   of those, commands refused because an earlier, interrupted load had handled them
 * @param took          how long the run took
 */
public record SeedReport(String seed, boolean alreadyLoaded, int sent, int alreadyDone, Duration took) {
}
