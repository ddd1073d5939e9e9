package org.peipao.ops.storage;

import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.api.project.AssignCompanionCommand;
import org.peipao.api.project.AssignmentRole;
import org.peipao.api.project.RegisterProjectCommand;
import org.peipao.command.shared.CommandRehearsal;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group commit: commands sent at once share transactions, yet each is answered as if alone; a rehearsal runs
 * commands that see each other and keeps nothing.
 */
@ServerTest
class GroupCommitIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandRehearsal rehearsal;

    @Test
    void manyWritesAtOnceAreEachAnsweredAndStoredAndARefusalAmongThemUndoesOnlyItself() throws Exception {
        Api admin = TestUsers.ADMIN.api(port);
        String taken = Ids.unique("taken");
        assertThat(admin.post("/api/v1/companions", Fixtures.companionBody(taken)).status()).isEqualTo(201);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Api.Response>> answers = IntStream.range(0, 64).mapToObj(i -> CompletableFuture
                    .supplyAsync(() -> i % 8 == 0
                            ? admin.post("/api/v1/projects", Fixtures.projectBody(taken)) // another kind's id
                            : admin.post("/api/v1/companions", Fixtures.companionBody("g-" + taken + "-" + i)), clients))
                    .toList();
            for (int i = 0; i < answers.size(); i++) {
                Api.Response answer = answers.get(i).get();
                assertThat(answer.status()).as("%d: %s", i, answer).isEqualTo(i % 8 == 0 ? 409 : 201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE ?",
                Long.class, "g-" + taken + "-%")).isEqualTo(56);
    }

    @Test
    void aRehearsalSeesItsOwnCommandsAndKeepsNothing() {
        String companion = Ids.unique("rehearsed-c");
        String project = Ids.unique("rehearsed-p");
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        List<CommandResultMessage<?>> answers = rehearsal.rehearse(List.of(
                GenericCommandMessage.asCommandMessage(new RegisterCompanionCommand(companion, "Li Wei",
                        CompanionKind.TECH_BROKER, "Org", List.of(IndustryDomain.AI), null, 1)),
                GenericCommandMessage.asCommandMessage(new RegisterProjectCommand(project, "Bone",
                        IndustryDomain.LIFE_SCIENCES, "XINGYU_CUP", "Germany", "Dr. Weber", null)),
                GenericCommandMessage.asCommandMessage(new AssignCompanionCommand(project, companion,
                        AssignmentRole.LEAD, null)),
                GenericCommandMessage.asCommandMessage(new AssignCompanionCommand(Ids.unique("p"), companion,
                        AssignmentRole.LEAD, null))));

        assertThat(answers).hasSize(4);
        assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.isExceptional()).isFalse());
        assertThat(answers.get(3).isExceptional()).as("a project that does not exist").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForList("SELECT id FROM peipao_aggregate_ids WHERE id IN (?, ?)", String.class,
                companion, project)).isEmpty();
        Api admin = TestUsers.ADMIN.api(port);
        assertThat(admin.post("/api/v1/companions", Fixtures.companionBody(companion)).status())
                .as("the id is free again, and the aggregate cache forgot it").isEqualTo(201);
    }
}
