-- A scheduled billing run (the day's snapshot, the month's true-up) is claimed by one instance and now holds a lease
-- its work renews, page by page or chunk by chunk, until it completes. A run whose instance died midway (its lease
-- lapsed, never completed) is taken over by the next instance that looks (each minute) and run again: both runs are
-- made to be run again (a snapshot rewrites the day's row, a true-up leaves a closed statement as it is), so the
-- accounts after the point of the kill are no longer left without their day or their month's statement.
alter table billing_schedule_claim add column lease_until timestamp;
alter table billing_schedule_claim add column completed_at timestamp;
-- the runs claimed before this change ran to their end or are past resuming
update billing_schedule_claim set completed_at = claimed_at;
