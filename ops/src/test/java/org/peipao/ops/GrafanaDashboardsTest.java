package org.peipao.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboards are never rendered here (Debian packages no Grafana), so their JSON is checked for what
 * Grafana needs to load them as provisioned: a uid and title, panels of known types laid out on the 24-column grid
 * without overlapping, each reading the provisioned Prometheus data source with PromQL targets. Which metrics those
 * targets use is checked against a live scrape by {@link MonitoringFilesIntegrationTests}.
 */
class GrafanaDashboardsTest {

    private static final Path GRAFANA = Path.of("grafana").toAbsolutePath();
    private static final Set<String> PANEL_TYPES = Set.of("stat", "timeseries", "bargauge", "piechart", "table",
            "gauge", "barchart", "text");

    @ParameterizedTest
    @ValueSource(strings = {"programme.json", "operations.json"})
    void aDashboardLoadsAsProvisioned(String file) throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(GRAFANA.resolve("dashboards").resolve(file).toFile());
        String dataSource = provisionedDataSourceUid();

        assertThat(dashboard.path("uid").asText()).matches("[a-z0-9-]{1,40}");
        assertThat(dashboard.path("title").asText()).startsWith("Peipao");
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(dashboard.path("panels")).isNotEmpty();
        Set<Integer> ids = new HashSet<>();
        boolean[][] grid = new boolean[200][24];
        for (JsonNode panel : dashboard.path("panels")) {
            String name = file + " panel " + panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as("%s: its id is unique", name).isTrue();
            assertThat(panel.path("title").asText()).as(name).isNotBlank();
            assertThat(panel.path("type").asText()).as(name).isIn(PANEL_TYPES);
            assertThat(panel.at("/datasource/uid").asText()).as("%s reads the provisioned data source", name)
                    .isEqualTo(dataSource);
            JsonNode at = panel.path("gridPos");
            int x = at.path("x").asInt(-1);
            int y = at.path("y").asInt(-1);
            int w = at.path("w").asInt();
            int h = at.path("h").asInt();
            assertThat(x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= 24 && y + h <= 200).as("%s at %s", name, at).isTrue();
            for (int row = y; row < y + h; row++) {
                for (int column = x; column < x + w; column++) {
                    assertThat(grid[row][column]).as("%s overlaps another panel", name).isFalse();
                    grid[row][column] = true;
                }
            }
            assertThat(panel.path("targets")).as(name).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("refId").asText()).as(name).isNotBlank();
                assertThat(target.path("expr").asText()).as(name).isNotBlank();
            }
        }
    }

    private static String provisionedDataSourceUid() throws IOException {
        JsonNode provisioning = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(GRAFANA.resolve("provisioning/datasources/prometheus.yml")));
        return provisioning.at("/datasources/0/uid").asText();
    }
}
