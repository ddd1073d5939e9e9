package org.peipao.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer replays history under an {@link AsOfPermits as-of permit}, so that it may answer a
 * {@code 503} problem of type {@code as-of-busy} with {@code Retry-After} ({@link AsOfBusy}); the OpenAPI document
 * says so for each endpoint marked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnswersAsOf {
}
