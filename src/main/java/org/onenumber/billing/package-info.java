/**
 * The monthly billing true-up: what each account had, day by day, and the statement a carrier bills from.
 *
 * <p>The daily quantities come from snapshots, not from replaying the audit trail. A job writes one row per
 * account and UTC day ({@code billing_snapshot}: licenses purchased and shared, mobility users, Office Anywhere
 * users, the Mobility add-on's status) at a configurable time each day, and support can record a day the job
 * missed. Snapshots were chosen because a row per day is what a person checks an invoice against, the true-up
 * only reads counts (10,000 accounts need no replay of millions of audit entries), and the figures stay correct
 * when a capability changes what it audits or how its snapshots look. The price: a change and its undoing on the
 * same day between two snapshots is not seen (a day counts what it held when measured).
 *
 * <p>A day without its own snapshot carries the latest earlier one forward (the quantities held until something
 * changed). Days before an account's first snapshot, including every day before snapshots began, count as
 * nothing and are shown as unmeasured, so a statement never bills what was not measured; support may record such a
 * day from the current quantities, and if that day lies in a closed month the difference appears as an adjustment.
 *
 * <p>Billable quantities are day-weighted (the sum over the month's days divided by the days in the month) and the
 * peak (the largest day). A statement of a month still running is OPEN and made again at each true-up (to date);
 * once the month is over the true-up CLOSES it and it never changes again. Data of a closed month that changes
 * later appears as an adjustment line in the next statement made, for up to {@code onenumber.billing.correction-months}
 * months back.
 *
 * <p>Layer: above the capabilities (it reads license, mobility and Office Anywhere entities, which capabilities may
 * not do of each other) and below the channels, which use its boundary.
 */
package org.onenumber.billing;
