package org.onenumber.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;

/**
 * Runs Bean Validation on a command and turns the first violation into an {@link InvalidInputException}
 * naming the field, so SOAP and web refuse the same input with the same words.
 */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T command) {
        validator.validate(command).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
                });
        return command;
    }
}
