package org.onenumber.web;

/**
 * An account page was asked for before support opened an account. Not a failure: the page exception handler
 * sends the browser to the account list, which says why.
 */
public class NoAccountChosenException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoAccountChosenException() {
        super("No account chosen");
    }
}
