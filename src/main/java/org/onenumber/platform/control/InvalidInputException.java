package org.onenumber.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input. Names the first offending field (as SOAP faults do) and keeps every other field's complaint too, so a form
 * shows all its errors at once, each beside its field.
 */
public class InvalidInputException extends BusinessException {

    private final Map<String, String> fields;

    public InvalidInputException(ErrorCode code, String field, String message) {
        super(code, field, message);
        this.fields = field == null ? Map.of() : Map.of(field, message);
    }

    public InvalidInputException(String field, String message) {
        this(CommonError.INVALID_FIELD, field, message);
    }

    /** Every field's complaint, the first one first (field names as {@link #field()}). */
    public InvalidInputException(Map<String, String> complaints) {
        this(CommonError.INVALID_FIELD, complaints);
    }

    /** Every field's complaint under the code of the first (a conflict, say, found with bad input elsewhere). */
    public InvalidInputException(ErrorCode code, Map<String, String> complaints) {
        super(code, complaints.keySet().iterator().next(), complaints.values().iterator().next());
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(complaints));
    }

    /** Each offending field with what is wrong with it; the first is {@link #field()}. */
    public Map<String, String> fields() {
        return fields;
    }
}
