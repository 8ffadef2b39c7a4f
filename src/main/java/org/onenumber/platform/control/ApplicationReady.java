package org.onenumber.platform.control;

/**
 * Fired once, after the start-up banner, when every readiness check of the application is UP (which is when
 * /health/ready turns UP): what a person starting the server should read then (the demo logins) is logged then.
 */
public record ApplicationReady() {
}
