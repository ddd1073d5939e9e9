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

/**
 * A label the dashboard counts by or lists are filtered by (a district, a source, a park, an organisation, an
 * enterprise): a one-line {@link Text} of at most {@link TextLimits#NAME} characters, stored and compared in its
 * {@linkplain Texts#label normal form}, which must not contain {@code |} (it separates the parts of the
 * dashboard's keys) nor be {@code *} (which means "any").
 */
@Documented
@Constraint(validatedBy = Label.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Label {

    boolean required() default true;

    String message() default "is not a valid label";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Label}. */
    class Validator implements ConstraintValidator<Label, String> {

        private boolean required;

        @Override
        public void initialize(Label rule) {
            this.required = rule.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = Text.Validator.problem(value, TextLimits.NAME, false, required);
            if (problem == null && value != null) {
                String label = Texts.label(value);
                if (label == null && required) {
                    problem = "is required (it has no visible character)";
                } else if (label != null && (label.contains("|") || label.equals("*"))) {
                    problem = "may not contain '|' or be '*'";
                }
            }
            return problem == null || Refusals.refuse(context, problem);
        }
    }
}
