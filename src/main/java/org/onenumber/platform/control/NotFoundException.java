package org.onenumber.platform.control;

/** Also what another tenant's ids look like: they are not found, never "forbidden". */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super(CommonError.NOT_FOUND, null, what + " " + id + " was not found.");
    }
}
