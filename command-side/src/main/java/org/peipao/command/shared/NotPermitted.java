package org.peipao.command.shared;

/**
 * A command its actor may not give, though their role lets them give commands of its kind: a mentor acting on a
 * project they do not accompany. Named like a business rule ({@code mentor-not-assigned}), answered as forbidden.
 */
public class NotPermitted extends RuleViolation {

    public NotPermitted(String rule, String detail) {
        super(rule, detail);
    }

    /** Throws {@link NotPermitted} of {@code rule} unless {@code condition} holds. */
    public static void requirePermitted(boolean condition, String rule, String detail) {
        if (!condition) {
            throw new NotPermitted(rule, detail);
        }
    }
}
