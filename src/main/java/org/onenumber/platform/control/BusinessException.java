package org.onenumber.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A business failure: a stable code, a sentence a person can act on and, where one input is to
 * blame, the name of that field. Rolls the transaction back, so a refused request changes nothing.
 * The SOAP layer turns it into a typed fault, the web layer into a field message, each in one place.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public BusinessException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    /** The offending input, named as in the SOAP contract (for example {@code businessNumber}), or null. */
    public String field() {
        return field;
    }
}
