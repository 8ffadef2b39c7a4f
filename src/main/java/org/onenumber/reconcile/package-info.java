/**
 * License reconciliation: a Jakarta Batch job that reads the switch's inventory page by page and the database's
 * desired state in the same key order, compares them as a merge, reports drift per account and, in repair mode,
 * converges the switch on the database through the switch projection. Runs, their progress and the drift found are
 * kept; one run at a time in the cluster, nightly and on demand.
 */
package org.onenumber.reconcile;
