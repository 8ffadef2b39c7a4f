/** Support's reconciliation page and the CSV of the drift a run found. */
package org.onenumber.web.reconcile;
