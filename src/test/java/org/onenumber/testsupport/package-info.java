/**
 * What the container tests and the benchmarks share: {@link org.onenumber.testsupport.PayaraMicro}
 * starts the built application as a child process on free loopback ports,
 * {@link org.onenumber.testsupport.SharedServer} gives every container test class of a run the same one,
 * and the clients reach it from outside as a carrier's back office and an operator would: SOAP through
 * an independent stack (CXF), the switch emulator through its admin console and wire protocol.
 */
package org.onenumber.testsupport;
