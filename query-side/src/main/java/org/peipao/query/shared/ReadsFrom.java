package org.peipao.query.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read model (named by the processor that builds it) an endpoint answers from; a request with
 * {@value ReadYourWrites#MIN_POSITION_HEADER} waits until that read model has caught up with the position given.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsFrom {

    /** The processor's name, e.g. {@code companions}. */
    String value();
}
