/**
 * Cross-cutting machinery every capability leans on: the data source and migrations, readiness,
 * business failures with stable codes, paging, the per-request call context (channel, tracking id),
 * SOAP plumbing (header handling, idempotency, fault mapping) and demo data for the embedded default.
 */
package org.onenumber.platform;
