package org.peipao.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of figures (one row per figure: measured, goal, ratios from the same run) and the details behind it. */
final class Report {

    record Row(String figure, String measured, String goal, String ratios) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, List<String>> details = new LinkedHashMap<>();
    private final List<String> header = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    void row(String figure, String measured, String goal, String ratios) {
        rows.add(new Row(figure, measured, goal, ratios));
        Bench.say("ROW %s: %s (goal %s) %s", figure, measured, goal, ratios);
    }

    /** A line under a heading of the details that follow the table in the Markdown report. */
    void detail(String heading, String line) {
        details.computeIfAbsent(heading, h -> new ArrayList<>()).add(line);
    }

    String text() {
        int[] widths = {6, 8, 4, 6};
        for (Row row : rows) {
            widths[0] = Math.max(widths[0], row.figure().length());
            widths[1] = Math.max(widths[1], row.measured().length());
            widths[2] = Math.max(widths[2], row.goal().length());
        }
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        String format = "%-" + widths[0] + "s | %-" + widths[1] + "s | %-" + widths[2] + "s | %s%n";
        out.append(String.format(format, "figure", "measured", "goal", "ratios (same run)"));
        out.append("-".repeat(widths[0] + widths[1] + widths[2] + 30)).append('\n');
        for (Row row : rows) {
            out.append(String.format(format, row.figure(), row.measured(), row.goal(), row.ratios()));
        }
        return out.toString();
    }

    String markdown(String title) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        header.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n| figure | measured | goal (issue 14) | ratios (same run) |\n| --- | --- | --- | --- |\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.figure())).append(" | ").append(cell(row.measured())).append(" | ")
                    .append(cell(row.goal())).append(" | ").append(cell(row.ratios())).append(" |\n");
        }
        details.forEach((heading, lines) -> {
            out.append("\n## ").append(heading).append("\n\n");
            lines.forEach(line -> out.append(line).append('\n'));
        });
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
