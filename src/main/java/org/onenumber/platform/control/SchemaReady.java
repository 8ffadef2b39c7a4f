package org.onenumber.platform.control;

/**
 * Fired once at start-up, synchronously, when the migrations have run and before the application is ready:
 * what must exist before the first request (the demo data on the embedded default) is made then.
 */
public record SchemaReady() {
}
