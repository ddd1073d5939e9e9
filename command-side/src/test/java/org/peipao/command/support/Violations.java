package org.peipao.command.support;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.peipao.command.shared.RuleViolation;

/** Matches a refusal by the named business rule. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violationOf(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of rule ").appendValue(rule);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was a violation of ").appendValue(violation.rule());
            }
        };
    }
}
