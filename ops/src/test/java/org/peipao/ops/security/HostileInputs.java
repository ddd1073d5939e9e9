package org.peipao.ops.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.peipao.ops.security.FuzzTargets.Field;
import static org.peipao.ops.security.FuzzTargets.quote;
import static org.peipao.ops.security.FuzzTargets.text;

/** Malformed and hostile bodies, ids and header values, drawn with a {@link Dice}. */
final class HostileInputs {

    static final int LIMIT = 64 * 1024;
    static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** An id as it goes into a path (maybe percent-encoded, maybe raw) and as it goes into a JSON body. */
    record HostileId(String inPath, String inBody) {
    }

    private HostileInputs() {
    }

    static byte[] body(Dice dice, FuzzTargets.Target target) {
        // a valid body with something done to it gets past the first checks, so it is drawn most often
        return switch (dice.weighted(1, 1, 2, 8, 1, 2)) {
            case 0 -> utf8(dice.anyString(200));
            case 1 -> dice.bytes(300);
            case 2 -> utf8(json(dice, 3));
            case 3 -> mutated(dice, target);
            case 4 -> deeplyNested(dice);
            default -> nearTheLimit(dice, target);
        };
    }

    /** A JSON value of any shape, up to {@code depth} levels deep: the wrong types wherever a body is expected. */
    static String json(Dice dice, int depth) {
        return switch (depth == 0 ? 0 : dice.between(0, 2)) {
            case 0 -> switch (dice.between(0, 3)) {
                case 0 -> dice.oneOf("null", "true", "false", "0", "-0", "1e400");
                case 1 -> String.valueOf(dice.anyInt());
                case 2 -> String.valueOf(dice.anyDouble());
                default -> quote(dice.anyString(30));
            };
            case 1 -> {
                List<String> items = new ArrayList<>();
                for (int i = dice.between(0, 4); i > 0; i--) {
                    items.add(json(dice, depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> members = new ArrayList<>();
                for (int i = dice.between(0, 4); i > 0; i--) {
                    members.add(quote(dice.anyString(10)) + ":" + json(dice, depth - 1));
                }
                yield "{" + String.join(",", members) + "}";
            }
        };
    }

    /** What a hostile client puts in one field. */
    static String hostileValue(Dice dice) {
        return switch (dice.between(0, 5)) {
            case 0 -> dice.oneOf(HostileExamples.VALUES);
            case 1 -> quote(dice.anyString(300));
            case 2 -> quote(dice.string('\u0000', '\u001f', 0, 20));
            case 3 -> "\"" + "字".repeat(dice.between(200, 6000)) + "\"";
            case 4 -> {
                int digits = dice.between(300, 3000);
                yield dice.oneOf("9".repeat(digits), "0." + "3".repeat(digits), "1e" + "9".repeat(Math.min(digits, 20)),
                        "-" + "1".repeat(digits));
            }
            default -> json(dice, 2);
        };
    }

    /** A valid body with one to three things done to it, then maybe wrapped, cut, doubled or given a BOM. */
    static byte[] mutated(Dice dice, FuzzTargets.Target target) {
        List<Field> fields = target.body();
        for (int i = dice.between(1, 3); i > 0; i--) {
            fields = mutate(dice, fields);
        }
        String body = text(fields);
        return utf8(switch (dice.between(0, 19)) {
            case 0 -> "[" + body + "]";
            case 1 -> body.substring(0, dice.between(0, body.length() - 1));
            case 2 -> body + body;
            case 3 -> "\uFEFF" + body;
            default -> body;
        });
    }

    /** A value replaced (most often), a field dropped, an unknown field added or a known one given twice. */
    private static List<Field> mutate(Dice dice, List<Field> fields) {
        List<Field> changed = new ArrayList<>(fields);
        int mutation = fields.isEmpty() ? 2 : dice.weighted(5, 1, 1, 1);
        int at = fields.isEmpty() ? 0 : dice.between(0, fields.size() - 1);
        switch (mutation) {
            case 0 -> changed.set(at, new Field(fields.get(at).name(), hostileValue(dice)));
            case 1 -> changed.remove(at);
            case 2 -> changed.add(new Field(dice.oneOf("nickname", "@class", "__proto__", "constructor", "$where",
                    "actor", ""), hostileValue(dice)));
            default -> changed.add(new Field(fields.get(at).name(), hostileValue(dice)));
        }
        return changed;
    }

    static byte[] deeplyNested(Dice dice) {
        int depth = dice.between(500, 20_000);
        return utf8(switch (dice.between(0, 2)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            default -> "{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        });
    }

    /** A valid body padded in one text field to within 64 bytes of the limit either side, or far over it. */
    static byte[] nearTheLimit(Dice dice, FuzzTargets.Target target) {
        int size = dice.chance(0.5) ? LIMIT + dice.between(-64, 64) : dice.oneOf(4, 16) * LIMIT;
        List<Field> fields = new ArrayList<>(target.body());
        String padded = fields.stream().filter(f -> f.json().startsWith("\"")).map(Field::name)
                .filter(name -> !target.idFields().contains(name)).findFirst().orElse("padding");
        fields.removeIf(f -> f.name().equals(padded));
        fields.add(new Field(padded, "\"\""));
        int pad = Math.max(0, size - utf8(text(fields)).length);
        fields.set(fields.size() - 1, new Field(padded, "\"" + "x".repeat(pad) + "\""));
        return utf8(text(fields));
    }

    static HostileId hostileId(Dice dice) {
        return switch (dice.between(0, 3)) {
            case 0 -> {
                String id = dice.anyString(80);
                while (VALID_ID.matcher(id).matches()) {
                    id = dice.anyString(80);
                }
                yield new HostileId(URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), id);
            }
            case 1 -> same(dice.string("Aa0._-", 65, 300));
            case 2 -> same(dice.oneOf(HostileExamples.ENCODED_IDS));
            default -> same(dice.oneOf(HostileExamples.RAW_IDS));
        };
    }

    /** A Content-Type nine times in ten, and none, one or two X-Correlation-Id, all with odd values. */
    static List<String> oddHeaders(Dice dice) {
        List<String> headers = new ArrayList<>();
        if (dice.chance(0.9)) {
            headers.add("Content-Type: " + switch (dice.between(0, 2)) {
                case 0 -> dice.oneOf(HostileExamples.CONTENT_TYPES);
                case 1 -> dice.string('\u0000', '\u00ff', 0, 100);
                default -> "application/json; charset=" + dice.string(HostileExamples.CHARSET_LETTERS, 0, 40);
            });
        }
        for (int i = dice.between(0, 2); i > 0; i--) {
            headers.add("X-Correlation-Id: " + switch (dice.between(0, 2)) {
                case 0 -> dice.string("abcXYZ019._-", 1, 64);
                case 1 -> dice.string('\u0000', '\u00ff', 0, 100);
                default -> dice.oneOf(HostileExamples.CORRELATION_IDS);
            });
        }
        return headers;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HostileId same(String id) {
        return new HostileId(id, id);
    }
}
