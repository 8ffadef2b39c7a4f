/**
 * The batch jobs' SOAP port: a carrier's back office starts license reconciliation runs over its accounts, follows
 * them and reads the drift they found, and reads the billing statements the true-up made.
 */
package org.onenumber.soap.batch;
