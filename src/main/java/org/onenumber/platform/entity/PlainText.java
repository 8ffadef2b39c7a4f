package org.onenumber.platform.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text shown on pages, in emails and on the switch: no control characters (CR, LF, tab, NUL and the rest of
 * Unicode's Cc), which would split a line of a CSV export, an email header or a switch frame.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "Use letters, digits, spaces and punctuation only: no line breaks, tabs or control characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.chars().noneMatch(Character::isISOControl);
        }
    }
}
