package org.peipao.ops.security;

import org.peipao.ops.support.Ids;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;

/**
 * The write endpoints the fuzzing test attacks, each with a valid body as raw JSON fragments (so that a
 * mutation can put anything in, numbers JSON cannot hold included) and the ids it names. The ids in
 * paths are placeholders for resources the test makes once.
 */
final class FuzzTargets {

    // unique, as the server (and in the PostgreSQL suite its database) is shared with other tests
    static final String COMPANION = Ids.unique("fuzz-companion");
    static final String PROJECT = Ids.unique("fuzz-project");
    static final String MILESTONE = Ids.unique("fuzz-milestone");
    static final String CHALLENGE = Ids.unique("fuzz-challenge");
    static final Map<String, String> PLACES = Map.of("{companion}", COMPANION, "{project}", PROJECT,
            "{milestone}", MILESTONE, "{challenge}", CHALLENGE);
    private static final Pattern PLACE = Pattern.compile("\\{[a-z]+}");

    /** A body field: its name and its value as a JSON fragment. */
    record Field(String name, String json) {
    }

    /** {@code idFields}: the body fields that hold ids. */
    record Target(String method, String template, List<Field> body, List<String> idFields) {

        List<String> pathSlots() {
            List<String> slots = new ArrayList<>();
            Matcher place = PLACE.matcher(template);
            while (place.find()) {
                slots.add(place.group());
            }
            return slots;
        }

        /** The path with {@code replacement} in {@code slot} (as it is, not encoded) and the fixed ids elsewhere. */
        String path(String slot, String replacement) {
            String path = template;
            for (String place : pathSlots()) {
                path = path.replace(place, place.equals(slot) ? replacement : PLACES.get(place));
            }
            return path;
        }

        String path() {
            return path(null, null);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static String text(List<Field> fields) {
        return fields.stream().map(f -> quote(f.name()) + ":" + f.json()).collect(Collectors.joining(",", "{", "}"));
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    @SafeVarargs
    private static List<Field> body(Map.Entry<String, String>... fields) {
        return Arrays.stream(fields).map(f -> new Field(f.getKey(), f.getValue())).toList();
    }

    private static Target target(String method, String template, List<Field> body, String... idFields) {
        return new Target(method, template, body, List.of(idFields));
    }

    private static final String REASON = "\"a reason\"";

    private static String newId(String prefix) {
        return quote(Ids.unique(prefix));
    }

    static final List<Target> ALL = List.of(
            target("POST", "/api/v1/companions", body(entry("id", newId("fuzz-c2")), entry("name", "\"Li Wei\""),
                    entry("kind", "\"TECH_BROKER\""), entry("organisation", "\"Org\""), entry("domains", "[\"AI\"]"),
                    entry("email", "\"li@example.org\""), entry("capacity", "3")), "id"),
            target("PUT", "/api/v1/companions/{companion}/profile", body(entry("name", "\"Li Wei\""),
                    entry("organisation", "\"Org\""), entry("domains", "[\"AI\"]"), entry("capacity", "50"))),
            target("POST", "/api/v1/companions/{companion}/honours",
                    body(entry("title", "\"Model broker\""), entry("year", "2025"))),
            target("POST", "/api/v1/companions/{companion}/suspension", body(entry("reason", REASON))),
            target("DELETE", "/api/v1/companions/{companion}/suspension", List.of()),
            target("POST", "/api/v1/companions/{companion}/retirement", body(entry("reason", REASON))),
            target("POST", "/api/v1/projects", body(entry("id", newId("fuzz-p2")), entry("title", "\"Bone\""),
                    entry("domain", "\"LIFE_SCIENCES\""), entry("source", "\"XINGYU_CUP\""),
                    entry("origin", "\"Germany\""), entry("teamLead", "\"Dr. Weber\""), entry("summary", "\"s\"")), "id"),
            target("POST", "/api/v1/projects/{project}/assignments", body(entry("companionId", quote(COMPANION)),
                    entry("role", "\"SUPPORTING\""), entry("since", "\"2025-03-01\"")), "companionId"),
            target("DELETE", "/api/v1/projects/{project}/assignments/{companion}", List.of()),
            target("POST", "/api/v1/projects/{project}/milestones", body(entry("id", newId("fuzz-m2")),
                    entry("type", "\"FINANCING_CLOSED\""), entry("occurredOn", "\"2025-06-10\""),
                    entry("summary", "\"Series A\""), entry("evidenceUrl", "\"https://example.org/a\""),
                    entry("amountCny", "5000000.50"), entry("count", "3")), "id"),
            target("POST", "/api/v1/projects/{project}/milestones/{milestone}/verification",
                    body(entry("note", "\"checked\""))),
            target("POST", "/api/v1/projects/{project}/milestones/{milestone}/rejection", body(entry("reason", REASON))),
            target("POST", "/api/v1/projects/{project}/landings", body(entry("id", newId("fuzz-l2")),
                    entry("district", "\"巴南区\""), entry("park", "\"Bio-City\""), entry("form", "\"NEW_COMPANY\""),
                    entry("signedAmountCny", "335000000.00"), entry("signedOn", "\"2025-11-15\"")), "id"),
            target("POST", "/api/v1/projects/{project}/withdrawal", body(entry("reason", REASON))),
            target("POST", "/api/v1/challenges", body(entry("id", newId("fuzz-x2")),
                    entry("enterprise", "\"Steel\""), entry("enterpriseCode", "\"91500000MA5U00000W\""),
                    entry("domain", "\"NEW_MATERIALS\""), entry("title", "\"Cracks\""), entry("description", "\"d\"")),
                    "id"),
            target("POST", "/api/v1/challenges/{challenge}/match", body(entry("projectId", quote(PROJECT)),
                    entry("companionId", quote(COMPANION))), "projectId", "companionId"),
            target("POST", "/api/v1/challenges/{challenge}/closure", body(entry("reason", REASON))));

    private FuzzTargets() {
    }
}
