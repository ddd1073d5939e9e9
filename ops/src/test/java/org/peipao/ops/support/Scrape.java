package org.peipao.ops.support;

/** A Prometheus scrape (text exposition format), read the way a dashboard panel sums a metric. */
public record Scrape(String text) {

    public static Scrape of(Api metrics) {
        Api.Response response = metrics.get("/actuator/prometheus");
        if (response.status() != 200) {
            throw new IllegalStateException("scrape answered " + response);
        }
        return new Scrape(response.body().asText());
    }

    /** The sum of the samples of {@code metric} whose label set contains {@code labelMatch} ("" for all). */
    public double sum(String metric, String labelMatch) {
        double total = 0;
        for (String line : text.split("\n")) {
            if ((line.startsWith(metric + "{") || line.startsWith(metric + " ")) && line.contains(labelMatch)) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }
}
