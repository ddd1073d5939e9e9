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
 * A free text (see {@link Texts}): valid Unicode without control characters (line breaks and tabs allowed when
 * {@code multiline}), at most {@code max} characters, and, when {@code required}, with a visible character.
 * An optional text may be absent or blank (stored as absent).
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Text {

    int max();

    boolean multiline() default false;

    boolean required() default true;

    String message() default "is not valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Text}; each refusal says what is wrong. */
    class Validator implements ConstraintValidator<Text, String> {

        private Text rule;

        @Override
        public void initialize(Text rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problem(value, rule.max(), rule.multiline(), rule.required());
            return problem == null || Refusals.refuse(context, problem);
        }

        /** What is wrong with {@code value} as such a text, or {@code null}. */
        static String problem(String value, int max, boolean multiline, boolean required) {
            if (value == null) {
                return required ? "is required" : null;
            }
            if (!Texts.isClean(value, multiline)) {
                return multiline ? "must be valid text without control characters (line breaks and tabs are allowed)"
                        : "must be valid text on one line, without control characters";
            }
            if (required && !Texts.hasVisible(value)) {
                return "is required (it has no visible character)";
            }
            if (value.codePointCount(0, value.length()) > max) {
                return "must not be longer than " + max + " characters";
            }
            return null;
        }
    }
}
