package org.onenumber.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checks of one command, each run even when one before it failed, so that a form shows every field's complaint
 * at once. A failure that names no field ends the checks at once. {@link #throwIfAny} throws a lone failure as it
 * was, and several as one {@link InvalidInputException} under the first one's code: a SOAP client reads the same
 * first failure as when the checks stopped at it.
 */
public final class Complaints {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private BusinessException first;

    /** Runs the check; its result, or null when it failed on a field. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (BusinessException failure) {
            if (failure.field() == null) {
                throw failure;
            }
            if (first == null) {
                first = failure;
            }
            Map<String, String> each = failure instanceof InvalidInputException invalid ? invalid.fields()
                    : Map.of(failure.field(), failure.getMessage());
            each.forEach(fields::putIfAbsent);
            return null;
        }
    }

    /** Runs the check unless {@code field} already has a complaint (a format error says enough). */
    public <T> T check(String field, Supplier<T> check) {
        return fields.containsKey(field) ? null : check(check);
    }

    /**
     * A step the rest depends on (finding the record, its version): its failure ends the checks, but the field
     * complaints collected before it come first, as when those checks stopped the command on their own.
     */
    public <T> T require(Supplier<T> step) {
        try {
            return step.get();
        } catch (BusinessException failure) {
            throwIfAny();
            throw failure;
        }
    }

    /** A refusal the rest depends on, after the field complaints collected before it. */
    public void refuse(BusinessException failure) {
        throwIfAny();
        throw failure;
    }

    public void throwIfAny() {
        if (first == null) {
            return;
        }
        if (fields.size() == 1) {
            throw first;
        }
        throw new InvalidInputException(first.code(), fields);
    }
}
