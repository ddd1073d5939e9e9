package org.peipao.api.text;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a constraint's refusal with its own message instead of the constraint's default one. */
final class Refusals {

    private Refusals() {
    }

    /** Always {@code false}: the value is refused, for the reason {@code message} gives. */
    static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escaped(message)).addConstraintViolation();
        return false;
    }

    /** Message templates interpolate braces and dollars; a refusal's text is shown as written. */
    private static String escaped(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
