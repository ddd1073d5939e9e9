package org.peipao.command.shared;

/**
 * A command refused by a business rule. {@code rule} is a stable, kebab-case name that clients see as
 * the problem type (for example {@code companion-over-capacity}); {@code detail} is for humans.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String detail) {
        super(detail, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** Throws a violation of {@code rule} unless {@code condition} holds. */
    public static void require(boolean condition, String rule, String detail) {
        if (!condition) {
            throw new RuleViolation(rule, detail);
        }
    }
}
