package org.peipao.api.project;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A logged milestone has the field its type needs ({@link MilestoneType#requiredField()}): an amount greater than 0
 * for FINANCING_CLOSED and LICENSING_DEAL, the challenge solved for TECH_PROBLEM_SOLVED, the phase entered for
 * CLINICAL_PHASE_ENTERED, a count greater than 0 for JOBS_CREATED. A missing one is refused naming that field.
 */
@Documented
@Constraint(validatedBy = TypeSpecificFields.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface TypeSpecificFields {

    String message() default "lacks a field its type needs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link TypeSpecificFields} on a {@link LogMilestoneCommand}. */
    class Validator implements ConstraintValidator<TypeSpecificFields, LogMilestoneCommand> {

        @Override
        public boolean isValid(LogMilestoneCommand command, ConstraintValidatorContext context) {
            MilestoneType type = command.type();
            if (type == null || type.requiredField() == null || present(command, type.requiredField())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message(type))
                    .addPropertyNode(type.requiredField()).addConstraintViolation();
            return false;
        }

        private static boolean present(LogMilestoneCommand command, String field) {
            return switch (field) {
                case "amountCny" -> command.amountCny() != null && command.amountCny().compareTo(BigDecimal.ZERO) > 0;
                case "challengeId" -> command.challengeId() != null && !command.challengeId().isBlank();
                case "phase" -> command.phase() != null;
                case "count" -> command.count() != null && command.count() > 0;
                default -> throw new IllegalStateException("no rule for the field " + field);
            };
        }

        private static String message(MilestoneType type) {
            return switch (type.requiredField()) {
                case "amountCny" -> "a " + type + " milestone needs an amount greater than 0";
                case "count" -> "a " + type + " milestone needs a count greater than 0";
                case "phase" -> "a " + type + " milestone needs the phase entered";
                default -> "a " + type + " milestone names the challenge it solved";
            };
        }
    }
}
