package org.onenumber.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs Bean Validation on a command and turns its violations, one per field (a missing value's first), into an
 * {@link InvalidInputException} naming the first field, so SOAP and web refuse the same input with the same words.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T command) {
        Map<String, String> complaints = new LinkedHashMap<>();
        validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(Validation::notMissing))
                .forEach(v -> complaints.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        if (!complaints.isEmpty()) {
            throw new InvalidInputException(complaints);
        }
        return command;
    }

    /** What is wrong with {@code value} as the {@code property} of a {@code type}, or null: a form checks a field as the user leaves it. */
    public String complaint(Class<?> type, String property, Object value) {
        return validator.validateValue(type, property, value).stream()
                .sorted(Comparator.comparing(Validation::notMissing).thenComparing(ConstraintViolation::getMessage))
                .map(ConstraintViolation::getMessage).findFirst().orElse(null);
    }

    /** False for "required" complaints: an empty field is told it is required, not that its format is wrong. */
    private static boolean notMissing(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint != NotBlank.class && constraint != NotNull.class && constraint != NotEmpty.class;
    }
}
