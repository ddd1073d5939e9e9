package org.peipao.ops.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.peipao.api.IndustryDomain;
import org.peipao.api.MetaDataKeys;
import org.peipao.api.companion.RegisterCompanionCommand;
import org.peipao.ops.support.StoredEvents;
import org.peipao.seeds.ArticleSeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's 520 companions, written as a spreadsheet and imported, give the events the seed's own commands give: sent
 * afterwards, each seed registration finds its companion registered with exactly its details (the aggregate refuses
 * a registration whose event would differ in anything), and stores nothing.
 */
@ImportServerTest
class SeedCompanionsImportIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;

    @Test
    void theSeedsCompanionsImportedAsASpreadsheetGiveTheSeedsEvents() {
        List<RegisterCompanionCommand> seed = ArticleSeed.generate().commands().stream()
                .filter(RegisterCompanionCommand.class::isInstance).map(RegisterCompanionCommand.class::cast).toList();
        List<List<String>> rows = new ArrayList<>(List.of(ImportIntegrationTests.COMPANION_HEADER));
        seed.forEach(c -> rows.add(List.of(c.companionId(), c.name(), c.kind().name(), c.organisation(),
                String.join("、", c.domains().stream().map(IndustryDomain::name).toList()),
                Objects.toString(c.email(), ""), Objects.toString(c.capacity(), ""))));
        byte[] file = TestSheets.xlsx(rows);
        assertThat(seed).hasSize(520);
        assertThat(file.length).isLessThan(48 * 1024);

        JsonNode report = SheetClient.admin(port).post("/api/v1/imports/companions?dryRun=false", file,
                SheetClient.XLSX).json();

        assertThat(report.path("created").asInt()).as(report.path("rows").get(0).toString()).isEqualTo(520);
        StoredEvents events = new StoredEvents(jdbc);
        long imported = events.count();
        MetaData seeder = MetaData.with(MetaDataKeys.ACTOR, "seeder").and(MetaDataKeys.ACTOR_ROLES, "ADMIN");
        for (RegisterCompanionCommand command : seed) {
            Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(seeder));
            assertThat(version).as(command.companionId()).isZero();
        }
        assertThat(events.count()).as("the seed's registrations found nothing to add").isEqualTo(imported);
        assertThat(events.latestMetaData("seed-c-001", "CompanionRegisteredEvent").path(MetaDataKeys.ACTOR).asText())
                .as("the importing user is the events' actor").isEqualTo("admin");
    }
}
