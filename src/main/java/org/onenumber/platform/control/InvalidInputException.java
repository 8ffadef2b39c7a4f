package org.onenumber.platform.control;

public class InvalidInputException extends BusinessException {

    public InvalidInputException(ErrorCode code, String field, String message) {
        super(code, field, message);
    }

    public InvalidInputException(String field, String message) {
        this(CommonError.INVALID_FIELD, field, message);
    }
}
