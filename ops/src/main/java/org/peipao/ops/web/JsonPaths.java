package org.peipao.ops.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;

/**
 * Names the field of a JSON body, command or request parameter that failed and words what was wrong with it, for
 * people: the words of {@link ProblemMapping}'s validation problems.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The JSON path of the field Jackson could not bind, as {@code domains[1]}. */
    static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of {@code type} looks like in a body or a parameter, for people ("a date (YYYY-MM-DD)"). */
    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 instant";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of its allowed values";
        }
        return "an object";
    }

    /**
     * What is wrong with the value at the failed field: an unknown field, a value it cannot take (not an enum's, or
     * not a date or number), or the wrong JSON type.
     */
    static String messageFor(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return "cannot be '" + invalid.getValue() + "'" + allowedValues(invalid.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    /** {@code "; one of [A, B]"} for an enum, {@code "; it must be <what>"} otherwise, empty without a type. */
    static String allowedValues(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return "; one of " + Arrays.toString(type.getEnumConstants());
        }
        return type == null ? "" : "; it must be " + describe(type);
    }

    /**
     * A command's property path as the JSON field it came from: a constraint on a list's elements names the list
     * ({@code domains}, not {@code domains[1].<list element>}), as {@code Refusal.propertyOf} does for imports.
     */
    static String of(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /** The last node of a method parameter's path, its name ({@code start.from} → {@code from}). */
    static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
