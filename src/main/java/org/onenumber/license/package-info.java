/**
 * Mobile client licenses: the pool an account bought and the sharing of its licenses, each a device
 * identity, to stations. Sharing is the only way a client becomes usable; the pool row is where the rule
 * "shared never exceeds purchased" is enforced under concurrency.
 */
package org.onenumber.license;
