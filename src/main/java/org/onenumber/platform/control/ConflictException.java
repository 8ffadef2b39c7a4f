package org.onenumber.platform.control;

/** The request is valid on its own but clashes with what is stored (a taken extension, a used number). */
public class ConflictException extends BusinessException {

    public ConflictException(ErrorCode code, String field, String message) {
        super(code, field, message);
    }
}
