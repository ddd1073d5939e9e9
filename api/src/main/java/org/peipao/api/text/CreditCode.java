package org.peipao.api.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** An optional unified social credit code: absent or blank, or a {@linkplain CreditCodes#isValid valid} one. */
@Documented
@Constraint(validatedBy = CreditCode.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CreditCode {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CreditCode}. */
    class Validator implements ConstraintValidator<CreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = Text.Validator.problem(value, TextLimits.CODE, false, false);
            if (problem == null && value != null) {
                String code = CreditCodes.normalise(value);
                if (code != null && !CreditCodes.isValid(code)) {
                    problem = "must be a unified social credit code: 18 characters of 0-9 and A-Z without I, O, S, V"
                            + " and Z, the last one its check character";
                }
            }
            return problem == null || Refusals.refuse(context, problem);
        }
    }
}
