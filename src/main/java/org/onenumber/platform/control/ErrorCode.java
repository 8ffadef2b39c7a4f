package org.onenumber.platform.control;

/**
 * A stable code of a business failure. Each capability owns its codes (an enum implementing this, such as
 * {@link CommonError} here); SOAP faults carry the name, pages show the message, each mapped in one place.
 */
public interface ErrorCode {

    String name();
}
