-- A run is worked on by one job execution at a time: the execution that claimed the lock (execution_id) renews its
-- lease and records its chunks; a restart of a run whose lease lapsed takes the lock anew (execution_id null until its
-- execution claims it), and an execution that lost it rolls its chunk back and stops instead of working beside the
-- new one. A restart takes the lock only when it is free or its lease lapsed: two restarts of one run at the same
-- moment (two instances' minute ticks, support's Restart) start one execution, not two.
alter table reconciliation_lock add column execution_id bigint;
