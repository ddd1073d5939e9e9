package org.peipao.ops.input;

import org.junit.jupiter.api.Test;
import org.peipao.ops.support.Api;
import org.peipao.ops.support.Fixtures;
import org.peipao.ops.support.Ids;
import org.peipao.ops.support.ReadModels;
import org.peipao.ops.support.ServerTest;
import org.peipao.ops.support.TestUsers;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peipao.ops.support.Api.json;

/**
 * Issue 11 §9: a district is free text, yet Prometheus gets a bounded set of district labels: the 20 districts with
 * the most landings by name, the rest as "other". (The same context as {@code MonitoringFilesIntegrationTests}.)
 */
@ServerTest
@AutoConfigureObservability
@TestPropertySource(properties = {"peipao.query.gauge-refresh=200ms", "peipao.ops.gauge-refresh=200ms"})
class BoundedMetricLabelsIntegrationTests {

    private static final Pattern DISTRICT = Pattern.compile("district=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Test
    void everySpellingOfADistrictDoesNotMakeANewSeries() {
        Api admin = TestUsers.ADMIN.api(port);
        Fixtures fixtures = new Fixtures(admin);
        String companion = fixtures.companion();
        for (int i = 0; i < 30; i++) {
            String project = fixtures.projectAccompaniedBy(companion);
            if (i % 8 == 7) {
                companion = fixtures.companion(); // a companion accompanies at most 8 projects by default
            }
            assertThat(admin.post("/api/v1/projects/" + project + "/landings", json("id", Ids.unique("l"),
                    "district", "District " + i, "form", "LAB", "signedAmountCny", 1000 + i,
                    "signedOn", "2025-11-15")).status()).isEqualTo(201);
        }
        ReadModels.caughtUp(admin, Duration.ofSeconds(30));
        Api metrics = TestUsers.METRICS.api(port);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String scrape = metrics.get("/actuator/prometheus").body().asText();
            Set<String> landings = districts(scrape, "peipao_landings{");
            Set<String> amounts = districts(scrape, "peipao_landing_signed_amount_cny{");
            assertThat(landings).contains("other").hasSizeLessThanOrEqualTo(21);
            assertThat(amounts).contains("other").hasSizeLessThanOrEqualTo(21);
        });
    }

    private static Set<String> districts(String scrape, String metric) {
        Set<String> found = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith(metric)) {
                Matcher district = DISTRICT.matcher(line);
                if (district.find()) {
                    found.add(district.group(1));
                }
            }
        }
        return found;
    }
}
