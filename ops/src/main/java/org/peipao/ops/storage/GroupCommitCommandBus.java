package org.peipao.ops.storage;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.peipao.api.MetaDataKeys;
import org.peipao.command.shared.CommandRehearsal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: commands are handled one after another by one writer thread, and the commands waiting at a time
 * share one database transaction, so one durable commit (one sync of the log) answers a whole group.
 * <ul>
 *   <li>Each command is handled as Axon handles it ({@link SimpleCommandBus}: its unit of work, interceptors,
 *       aggregate locks and cache), in a nested transaction (a savepoint): a refused command leaves no trace and
 *       the others of its group go on.</li>
 *   <li>Every command is answered only once its group is committed: a crash loses no answered command, and a
 *       command never sees a refusal for a write that was then rolled back.</li>
 *   <li>Commands of one group see each other's writes (look-ups, events), as if committed one by one.</li>
 *   <li>Dispatch interceptors run on the sending thread (they read who sends the command).</li>
 * </ul>
 * A commit that fails fails every command of its group and empties the aggregate caches, which may hold what the
 * commit lost. A {@linkplain #rehearse rehearsal} runs its commands as one group that is rolled back.
 */
class GroupCommitCommandBus implements CommandBus, CommandRehearsal {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);
    private static final String CORRELATION_MDC = MetaDataKeys.CORRELATION_ID;

    private final SimpleCommandBus handling;
    private final PlatformTransactionManager transactions;
    private final Runnable forgetCachedAggregates;
    private final int maxGroup;
    private final List<MessageDispatchInterceptor<? super CommandMessage<?>>> dispatchInterceptors =
            new CopyOnWriteArrayList<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    private record Pending(CommandMessage<?> command, CommandCallback<Object, Object> callback,
                           Rehearsal rehearsal) {
        Pending(CommandMessage<?> command, CommandCallback<Object, Object> callback) {
            this(command, callback, null);
        }
    }

    /** Commands to run as one group and roll back; {@code answers} completes with their answers. */
    private record Rehearsal(List<? extends CommandMessage<?>> commands,
                             CompletableFuture<List<CommandResultMessage<?>>> answers) {
    }

    private record Handled(Pending pending, CommandResultMessage<?> result) {
    }

    /**
     * @param handling               handles each command; built with a transaction manager that nests (savepoints)
     * @param transactions           opens and commits each group's transaction
     * @param forgetCachedAggregates empties the aggregate caches after a failed commit
     * @param maxGroup               the most commands one transaction takes
     */
    GroupCommitCommandBus(SimpleCommandBus handling, PlatformTransactionManager transactions,
                          Runnable forgetCachedAggregates, int maxGroup) {
        this.handling = handling;
        this.transactions = transactions;
        this.forgetCachedAggregates = forgetCachedAggregates;
        this.maxGroup = maxGroup;
        this.writer = new Thread(this::write, "command-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        CommandMessage<?> intercepted = intercept(command);
        CommandCallback<Object, Object> answer = (CommandCallback<Object, Object>) callback;
        if (Thread.currentThread() == writer) {
            handling.dispatch(intercepted, answer); // sent while a command is handled: part of the same group
            return;
        }
        if (!running) {
            answer.onResult(intercepted, GenericCommandResultMessage.asCommandResultMessage(
                    new IllegalStateException("the server is stopping; the command was not handled")));
            return;
        }
        queue.add(new Pending(intercepted, answer));
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (c, r) -> {
        });
    }

    @Override
    public List<CommandResultMessage<?>> rehearse(List<? extends CommandMessage<?>> commands) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("a rehearsal cannot run inside a command");
        }
        List<CommandMessage<?>> intercepted = commands.stream().<CommandMessage<?>>map(this::intercept).toList();
        Rehearsal rehearsal = new Rehearsal(intercepted, new CompletableFuture<>());
        queue.add(new Pending(null, null, rehearsal));
        return rehearsal.answers().join();
    }

    private CommandMessage<?> intercept(CommandMessage<?> command) {
        CommandMessage<?> intercepted = command;
        for (MessageDispatchInterceptor<? super CommandMessage<?>> interceptor : dispatchInterceptors) {
            intercepted = (CommandMessage<?>) interceptor.handle(intercepted);
        }
        return intercepted;
    }

    private void write() {
        List<Pending> group = new ArrayList<>(maxGroup);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                if (first.rehearsal() != null) {
                    rehearse(first.rehearsal());
                    continue;
                }
                group.add(first);
                drainCommands(group);
                handle(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                log.error("a group of {} commands failed", group.size(), unexpected);
            } finally {
                group.clear();
            }
        }
    }

    /** Adds the commands queued after the first to its group, up to a rehearsal, which runs on its own. */
    private void drainCommands(List<Pending> group) {
        while (group.size() < maxGroup) {
            Pending next = queue.peek();
            if (next == null || next.rehearsal() != null) {
                return;
            }
            group.add(queue.poll());
        }
    }

    /** Runs the rehearsal's commands in one transaction, rolls it back and forgets the aggregates they loaded. */
    private void rehearse(Rehearsal rehearsal) {
        List<CommandResultMessage<?>> answers = new ArrayList<>();
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            for (CommandMessage<?> command : rehearsal.commands()) {
                handling.dispatch(command, (c, result) -> answers.add(result));
            }
        } catch (RuntimeException | Error failure) {
            rehearsal.answers().completeExceptionally(failure);
        } finally {
            transactions.rollback(transaction);
            forgetCachedAggregates.run();
        }
        rehearsal.answers().complete(answers);
    }

    /** Handles a group in one transaction and answers each command once it is committed. */
    private void handle(List<Pending> group) {
        List<Handled> handled = new ArrayList<>(group.size());
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            for (Pending pending : group) {
                MDC.put(CORRELATION_MDC, correlationOf(pending.command()));
                handling.dispatch(pending.command(), (command, result) -> handled.add(new Handled(pending, result)));
            }
            transactions.commit(transaction);
        } catch (RuntimeException | Error failure) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            forgetCachedAggregates.run();
            handled.clear();
            group.forEach(pending -> handled.add(new Handled(pending,
                    GenericCommandResultMessage.asCommandResultMessage(failure))));
        } finally {
            MDC.remove(CORRELATION_MDC);
        }
        handled.forEach(h -> h.pending().callback().onResult(h.pending().command(), h.result()));
    }

    private static String correlationOf(CommandMessage<?> command) {
        Object correlation = command.getMetaData().get(CORRELATION_MDC);
        return correlation == null ? "" : correlation.toString();
    }

    /** Stops taking commands, answers the ones queued, and ends the writer. */
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return handling.subscribe(commandName, handler);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        dispatchInterceptors.add(interceptor);
        return () -> dispatchInterceptors.remove(interceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return handling.registerHandlerInterceptor(interceptor);
    }
}
