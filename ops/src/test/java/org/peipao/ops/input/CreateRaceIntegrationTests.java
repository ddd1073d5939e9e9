package org.peipao.ops.input;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §1: creates racing on one client-chosen id, of one aggregate kind or two. A storage-level duplicate key is
 * never a {@code 500}: one create wins, and the other is answered as a later create under that id would be.
 */
@ServerTest
class CreateRaceIntegrationTests {

    private static final int ROUNDS = 25;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProjectAndAChallengeRacingOnOneIdMakeOneCreatedAndOneIdAlreadyUsed() throws Exception {
        Api admin = TestUsers.ADMIN.api(port);
        for (int round = 0; round < ROUNDS; round++) {
            String id = Ids.unique("race");
            List<Api.Response> answers = race(() -> admin.post("/api/v1/projects", Fixtures.projectBody(id)),
                    () -> admin.post("/api/v1/challenges", Fixtures.challengeBody(id)));

            assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, answers)
                    .containsExactlyInAnyOrder(201, 409);
            Api.Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
            assertThat(refused.problemType()).as(refused.toString()).isEqualTo("id-already-used");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                    Long.class, id)).as("one stream, of one aggregate").isOne();
        }
    }

    @Test
    void theSameRegistrationSentTwiceAtOnceIsAnsweredAlikeAndStoredOnce() throws Exception {
        Api admin = TestUsers.ADMIN.api(port);
        for (int round = 0; round < ROUNDS; round++) {
            String id = Ids.unique("twice");
            List<Api.Response> answers = race(() -> admin.post("/api/v1/companions", Fixtures.companionBody(id)),
                    () -> admin.post("/api/v1/companions", Fixtures.companionBody(id)));

            assertThat(answers).extracting(Api.Response::status).as("round %d: %s", round, answers)
                    .containsExactly(201, 201);
            assertThat(answers).extracting(a -> a.body().path("version").asLong()).containsExactly(0L, 0L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                    Long.class, id)).isOne();
        }
    }

    /** Sends both requests at the same moment and answers their responses, in the order given. */
    private static List<Api.Response> race(Supplier<Api.Response> first, Supplier<Api.Response> second)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Api.Response>> answers = new ArrayList<>();
            for (Supplier<Api.Response> request : List.of(first, second)) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return request.get();
                }, pool));
            }
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
