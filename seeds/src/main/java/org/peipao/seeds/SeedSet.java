package org.peipao.seeds;

import java.util.List;
import java.util.Objects;

/**
 * A demo history as the commands that make it, in an order the command side accepts.
 *
 * <p>A loader sends them one after another, each once the previous one has been handled, so a load that
 * stops part-way has handled a prefix of the list. Once the aggregate that the last command creates exists,
 * the whole set is loaded.
 *
 * @param name           the set's name, as the seed switch names it ({@code peipao.seed=article})
 * @param commands       the api command records, in the order they are sent
 * @param completionMark the id of the aggregate that the last command creates
 */
public record SeedSet(String name, List<Object> commands, String completionMark) {

    public SeedSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(completionMark, "completionMark");
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("a seed set has at least one command");
        }
    }
}
