/**
 * The SOAP channel: the contract's endpoints (one sub-package per port's capability) and {@link
 * org.onenumber.soap.SoapCall}, which every operation runs through (strict contract, tracking id,
 * idempotency, typed faults). On top of every capability; generated JAXB classes never leave it.
 */
package org.onenumber.soap;
