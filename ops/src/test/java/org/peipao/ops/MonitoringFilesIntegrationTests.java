package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * Every metric the Grafana dashboards and the alert rules use is exported by a live server. The scrape is kept
 * in target/scrape.prom, where CI checks it with {@code promtool check metrics}.
 */
@ServerTest
@AutoConfigureObservability
@TestPropertySource(properties = {"peipao.query.gauge-refresh=200ms", "peipao.ops.gauge-refresh=200ms"})
class MonitoringFilesIntegrationTests {

    private static final Path OPS = Path.of(".").toAbsolutePath().normalize();
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "rate", "max", "min", "avg", "count", "increase",
            "by", "without", "and", "or", "unless", "on", "ignoring", "group_left", "group_right", "histogram_quantile",
            "topk", "bottomk", "irate", "delta", "abs", "clamp_min", "clamp_max", "bool", "offset");

    @LocalServerPort
    int port;

    @Test
    void everyMetricOfTheDashboardsAndAlertsIsExported() throws IOException {
        produceEveryKindOfFact();
        Set<String> used = new TreeSet<>();
        for (String dashboard : List.of("programme.json", "operations.json")) {
            JsonNode json = new ObjectMapper().readTree(OPS.resolve("grafana/dashboards").resolve(dashboard).toFile());
            json.findValuesAsText("expr").forEach(expr -> used.addAll(metricsIn(expr)));
        }
        String alerts = Files.readString(OPS.resolve("prometheus/alerts.yml"));
        Matcher expressions = Pattern.compile("expr: \\|?\\s*(.+?)\\n\\s+for:", Pattern.DOTALL).matcher(alerts);
        while (expressions.find()) {
            used.addAll(metricsIn(expressions.group(1)));
        }
        used.remove("up"); // made by Prometheus itself
        assertThat(used).contains("peipao_companions", "peipao_processor_lag_seconds", "http_server_requests_seconds_count");

        Api metrics = TestUsers.METRICS.api(port);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Set<String> exported = exportedNames(metrics.get("/actuator/prometheus").body().asText());
            assertThat(exported).containsAll(used);
        });
        // Axon's capacity monitors hold every message of ten minutes in memory; AxonMetrics leaves them out
        Set<String> exported = exportedNames(metrics.get("/actuator/prometheus").body().asText());
        assertThat(exported).contains("axon_event_processor_latency", "axon_command_bus_success_timer_seconds_count")
                .noneMatch(name -> name.startsWith("axon_") && name.contains("capacity"));
        Files.writeString(OPS.resolve("target/scrape.prom"), metrics.get("/actuator/prometheus").body().asText());
    }

    /** A companion, a landed project with verified and pending milestones, and a solved challenge. */
    private void produceEveryKindOfFact() {
        Api admin = TestUsers.ADMIN.api(port);
        String companion = Ids.unique("c");
        String project = Ids.unique("p");
        String challenge = Ids.unique("ch");
        admin.post("/api/v1/companions", json("id", companion, "name", "Li Wei", "kind", "TECH_BROKER",
                "organisation", "Org", "domains", List.of("AI")));
        admin.post("/api/v1/projects", json("id", project, "title", "T", "domain", "AI", "source", "GEEC",
                "origin", "China", "teamLead", "L"));
        admin.post("/api/v1/projects/" + project + "/assignments", json("companionId", companion, "role", "LEAD"));
        admin.post("/api/v1/challenges", json("id", challenge, "enterprise", "E", "domain", "AI", "title", "P"));
        admin.post("/api/v1/challenges/" + challenge + "/match", json("projectId", project));
        admin.post("/api/v1/projects/" + project + "/milestones", json("id", "m1", "type", "TECH_PROBLEM_SOLVED",
                "occurredOn", "2025-05-01", "summary", "S", "challengeId", challenge));
        admin.post("/api/v1/projects/" + project + "/milestones/m1/verification", "{}");
        admin.post("/api/v1/projects/" + project + "/milestones", json("id", "m2", "type", "AWARD_WON",
                "occurredOn", "2025-05-02", "summary", "S"));
        var landed = admin.post("/api/v1/projects/" + project + "/landings", json("district", "巴南区",
                "form", "LAB", "signedAmountCny", 1000, "signedOn", "2025-06-01"));
        assertThat(landed.status()).as(landed.toString()).isEqualTo(201);
    }

    private static Set<String> metricsIn(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ")
                .replaceAll("\"[^\"]*\"", " ").replaceAll("(by|without)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher tokens = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
        while (tokens.find()) {
            if (!PROMQL_WORDS.contains(tokens.group())) {
                names.add(tokens.group());
            }
        }
        return names;
    }

    private static Set<String> exportedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(scrape.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        return names;
    }
}
