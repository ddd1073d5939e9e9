package org.peipao.command.imports;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.peipao.command.shared.CommandRehearsal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * How an import's commands are sent: for real ({@link #live}), or rehearsed and rolled back ({@link #rehearsed}).
 * Either way every command is dispatched on the caller's (the request's) thread, so that it carries the importing
 * user as its actor, and the commands are handled in the order given.
 */
interface CommandSends {

    /**
     * Sends {@code commands} after {@code before} (commands an earlier part of the import stored; a rehearsal runs
     * them first, since it keeps nothing) and answers each of {@code commands}: the failure, or {@code null}.
     */
    List<Throwable> send(List<Object> before, List<Object> commands);

    /** Commands in flight at once: enough for the group commit to share one transaction among them. */
    int WINDOW = 64;

    /** Sends each command through the gateway, {@link #WINDOW} at a time, without waiting for each answer. */
    static CommandSends live(CommandGateway gateway) {
        return (before, commands) -> {
            List<Throwable> failures = new ArrayList<>(commands.size());
            Deque<Integer> inFlight = new ArrayDeque<>();
            List<CompletableFuture<Object>> answers = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                failures.add(null);
                try {
                    answers.add(gateway.send(GenericCommandMessage.asCommandMessage(commands.get(i))));
                } catch (RuntimeException refusedAtOnce) {
                    answers.add(CompletableFuture.failedFuture(refusedAtOnce));
                }
                inFlight.add(i);
                if (inFlight.size() >= WINDOW) {
                    int oldest = inFlight.poll();
                    failures.set(oldest, failureOf(answers.get(oldest)));
                }
            }
            inFlight.forEach(i -> failures.set(i, failureOf(answers.get(i))));
            return failures;
        };
    }

    /** Rehearses {@code before} and the commands in one run that is rolled back: nothing is stored. */
    static CommandSends rehearsed(CommandRehearsal rehearsal) {
        return (before, commands) -> {
            List<CommandMessage<?>> messages = new ArrayList<>(before.size() + commands.size());
            before.forEach(command -> messages.add(GenericCommandMessage.asCommandMessage(command)));
            commands.forEach(command -> messages.add(GenericCommandMessage.asCommandMessage(command)));
            List<CommandResultMessage<?>> answers = rehearsal.rehearse(messages);
            return answers.subList(before.size(), answers.size()).stream()
                    .map(answer -> answer.isExceptional() ? answer.exceptionResult() : null)
                    .toList();
        };
    }

    private static Throwable failureOf(CompletableFuture<Object> answer) {
        try {
            answer.join();
            return null;
        } catch (CompletionException failed) {
            return failed.getCause() == null ? failed : failed.getCause();
        } catch (RuntimeException failed) {
            return failed;
        }
    }
}
