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
import java.time.ZoneId;
import java.util.Set;

/**
 * An IANA time zone (America/New_York, Europe/London), as the JDK's tz database knows it; blank is "not given".
 * Offsets such as +02:00 are refused: a site keeps its local rules across daylight saving time.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TimeZoneId {

    String message() default "The time zone is an IANA name such as America/New_York or Europe/London.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TimeZoneId, String> {
        private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ZONES.contains(value.trim());
        }
    }
}
