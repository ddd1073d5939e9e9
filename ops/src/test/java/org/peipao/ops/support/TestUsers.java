package org.peipao.ops.support;

/** The users of application-test.yml: each signs in with the password "{name}-secret". */
public enum TestUsers {
    ADMIN("admin"), MENTOR("mentor"), AUDITOR("auditor"), METRICS("metrics");

    /** The companion the test mentor acts for. */
    public static final String MENTOR_COMPANION = "mentor-companion";

    private final String name;

    TestUsers(String name) {
        this.name = name;
    }

    public Api api(int port) {
        return new Api("http://localhost:" + port, headers -> headers.setBasicAuth(name, name + "-secret"));
    }
}
