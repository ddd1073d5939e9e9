package org.peipao.command.challenge;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.challenge.ChallengeMatchedEvent;
import org.peipao.api.challenge.MarkChallengeSolvedCommand;
import org.peipao.api.project.MilestoneType;
import org.peipao.api.project.MilestoneVerifiedEvent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process waits for its command inside its processor's transaction, which an HSQLDB checkpoint waits for while
 * it holds back the command writer: the wait must be bounded ({@link ChallengeSolvingProcess#COMMAND_WAIT}).
 */
class ChallengeSolvingWaitBoundTest {

    @Test
    void theProcessWaitsForItsCommandAtMostFiveSeconds() {
        List<Duration> waits = new ArrayList<>();
        ChallengeSolvingProcess process = new ChallengeSolvingProcess();
        process.on(new ChallengeMatchedEvent("ch-1", "p-1", "c-1", "Enterprise", IndustryDomain.AI));

        process.on(new MilestoneVerifiedEvent("p-1", "m-1", MilestoneType.TECH_PROBLEM_SOLVED, LocalDate.of(2025, 11, 2),
                null, "ch-1", null, null, null, List.of("c-1"), IndustryDomain.AI, "Xingyu Cup"), gateway((command, wait) -> {
            assertThat(((CommandMessage<?>) command).getPayload()).isInstanceOf(MarkChallengeSolvedCommand.class);
            waits.add(wait);
            return 1L;
        }));

        assertThat(waits).containsExactly(Duration.ofSeconds(5));
        assertThat(ChallengeSolvingProcess.COMMAND_WAIT).isEqualTo(Duration.ofSeconds(5));
    }

    /** A gateway whose bounded wait answers with {@code answer}; an unbounded wait or a send fails the test. */
    private static CommandGateway gateway(BiFunction<Object, Duration, Object> answer) {
        return new CommandGateway() {
            @Override
            public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
                throw new AssertionError("the process sends and waits");
            }

            @Override
            public <R> R sendAndWait(Object command) {
                throw new AssertionError("an unbounded wait: " + command);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
                return (R) answer.apply(command, Duration.ofNanos(unit.toNanos(timeout)));
            }

            @Override
            public <R> CompletableFuture<R> send(Object command) {
                throw new AssertionError("the process sends and waits");
            }

            @Override
            public Registration registerDispatchInterceptor(
                    MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
