package org.peipao.command.support;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Commands in aggregate tests are checked against their constraints as in the server (where every command is),
 * and a refusal for bad input is matched by the field it names.
 */
public final class Validations {

    private Validations() {
    }

    /** {@code fixture}, with every command checked against its constraints as it is sent. */
    public static <T> FixtureConfiguration<T> validating(FixtureConfiguration<T> fixture) {
        // (as a handler interceptor: the fixture reports what handling throws as the outcome of "when")
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }

    /** A refusal of the command's {@code field} (its path, e.g. {@code amountCny}) as bad input. */
    public static Matcher<JSR303ViolationException> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(JSR303ViolationException refusal) {
                return refusal.getViolations().stream().anyMatch(v -> v.getPropertyPath().toString().equals(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("bad input in the field ").appendValue(field);
            }

            @Override
            protected void describeMismatchSafely(JSR303ViolationException refusal, Description description) {
                description.appendText("named ").appendValueList("", ", ", "", refusal.getViolations().stream()
                        .map(v -> v.getPropertyPath().toString()).toList());
            }
        };
    }
}
