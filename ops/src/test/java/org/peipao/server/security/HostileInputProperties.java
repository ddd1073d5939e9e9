package org.peipao.server.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.peipao.server.PeipaoServer;
import org.peipao.server.support.Api;
import org.peipao.server.support.Fixtures;
import org.peipao.server.support.StoredEvents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many generated malformed and hostile bodies, ids and headers, sent by an administrator to every write
 * endpoint: never a 5xx, never a stack trace or class name, and nothing stored from a refused request.
 * jqwik does not run Spring's test extension, so the server is started here, once for all properties.
 */
class HostileInputProperties {

    private static final List<String> INTERNALS = List.of("Exception", "java.", "javax.", "jakarta.",
            "org.springframework", "org.apache", "org.peipao", "org.axonframework", "org.hibernate", "com.fasterxml",
            "\tat ", "Apache Tomcat", "Caused by");

    private static ConfigurableApplicationContext server;
    private static RawSocketHttp http;
    private static StoredEvents events;

    @BeforeContainer
    static void startServer() {
        // an argument, not a default property: application.yml's server.port would win over that
        server = new SpringApplicationBuilder(PeipaoServer.class).profiles("test").run("--server.port=0");
        int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
        http = new RawSocketHttp(port);
        events = new StoredEvents(server.getBean(JdbcTemplate.class));
        Api admin = new Api("http://localhost:" + port, headers -> headers.setBasicAuth("admin", "admin-secret"));
        assertThat(admin.post("/api/v1/companions", Fixtures.companionBody(FuzzTargets.COMPANION)
                .replace("}", ",\"capacity\":50}")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/projects", Fixtures.projectBody(FuzzTargets.PROJECT)).status()).isEqualTo(201);
        new Fixtures(admin).assign(FuzzTargets.PROJECT, FuzzTargets.COMPANION);
        assertThat(admin.post("/api/v1/projects/" + FuzzTargets.PROJECT + "/milestones",
                Fixtures.milestoneBody(FuzzTargets.MILESTONE)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/challenges", Fixtures.challengeBody(FuzzTargets.CHALLENGE)).status())
                .isEqualTo(201);
    }

    @AfterContainer
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    record Attempt(FuzzTargets.Target target, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return target + " with " + body.length + " bytes: " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    record IdAttempt(FuzzTargets.Target target, String slot, HostileInputs.HostileId id) {
    }

    @Provide
    Arbitrary<Attempt> hostileBodies() {
        return Arbitraries.of(FuzzTargets.ALL)
                .flatMap(target -> HostileInputs.bodies(target).map(body -> new Attempt(target, body)));
    }

    @Provide
    Arbitrary<IdAttempt> hostileIds() {
        return Arbitraries.of(FuzzTargets.ALL).flatMap(target -> {
            List<String> slots = new ArrayList<>(target.pathSlots());
            slots.addAll(target.idFields());
            return Combinators.combine(Arbitraries.of(slots), HostileInputs.hostileIds())
                    .as((slot, id) -> new IdAttempt(target, slot, id));
        });
    }

    @Provide
    Arbitrary<FuzzTargets.Target> targets() {
        return Arbitraries.of(FuzzTargets.ALL);
    }

    @Provide
    Arbitrary<Optional<String>> contentTypes() {
        return HostileInputs.contentTypes().optional(0.9);
    }

    @Provide
    Arbitrary<List<String>> correlationIds() {
        return HostileInputs.correlationIds().list().ofMaxSize(2);
    }

    @Property(tries = 300)
    void malformedAndHostileBodiesAreRefusedCleanly(@ForAll("hostileBodies") Attempt attempt) {
        long before = storedEvents();
        var answer = http.send(attempt.target().method(), attempt.target().path(),
                List.of(admin(), "Content-Type: application/json"), attempt.body());
        assertHandledCleanly(answer, before, attempt.body());
    }

    @Property(tries = 300)
    void idsOutsideTheAllowedFormAreRefused(@ForAll("hostileIds") IdAttempt attempt) {
        FuzzTargets.Target target = attempt.target();
        boolean inPath = target.pathSlots().contains(attempt.slot());
        String path = inPath ? target.path(attempt.slot(), attempt.id().inPath()) : target.path();
        List<FuzzTargets.Field> fields = target.body().stream().map(f -> f.name().equals(attempt.slot())
                ? new FuzzTargets.Field(f.name(), FuzzTargets.quote(attempt.id().inBody())) : f).toList();
        byte[] body = HostileInputs.utf8(FuzzTargets.text(fields));
        long before = storedEvents();

        var answer = http.send(target.method(), path, List.of(admin(), "Content-Type: application/json"), body);

        assertThat(answer.status()).as("%s with id %s in %s: %s", target, attempt.id(), attempt.slot(), answer)
                .isBetween(400, 499);
        assertHandledCleanly(answer, before, (path + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void oddContentTypesAndCorrelationIdsAreHandledCleanly(@ForAll("targets") FuzzTargets.Target target,
                                                            @ForAll("contentTypes") Optional<String> contentType,
                                                            @ForAll("correlationIds") List<String> correlationIds) {
        List<String> headers = new ArrayList<>(List.of(admin()));
        contentType.ifPresent(type -> headers.add("Content-Type: " + type));
        correlationIds.forEach(id -> headers.add("X-Correlation-Id: " + id));
        long before = storedEvents();

        var answer = http.send(target.method(), target.path(), headers, HostileInputs.utf8(FuzzTargets.text(target.body())));

        assertHandledCleanly(answer, before, String.join("\n", headers).getBytes(StandardCharsets.ISO_8859_1));
        String echoed = answer.header("X-Correlation-Id");
        if (echoed != null) {
            assertThat(echoed).as("the correlation id answered is always well formed").matches("[A-Za-z0-9._-]{1,64}");
        }
    }

    private static void assertHandledCleanly(RawSocketHttp.Answer answer, long eventsBefore, byte[] sent) {
        Statistics.label("status").collect(answer.status());
        assertThat(answer.status()).as("an answer, and no server error: %s", answer).isBetween(200, 499);
        assertThat(answer.status()).as("an administrator is never refused as unknown or unentitled: %s", answer)
                .isNotIn(401, 403);
        String request = new String(sent, StandardCharsets.UTF_8);
        for (String internal : INTERNALS) {
            if (answer.body().contains(internal)) {
                assertThat(request).as("the answer shows internals (%s): %s", internal, answer).contains(internal);
            }
        }
        if (answer.status() >= 400) {
            assertThat(storedEvents()).as("a refused request stored events: %s", answer).isEqualTo(eventsBefore);
        }
    }

    private static String admin() {
        return "Authorization: " + RawHttp.basic("admin");
    }

    private static long storedEvents() {
        return events.count();
    }
}
