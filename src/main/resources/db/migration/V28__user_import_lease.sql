-- An import is worked on by one job execution at a time, anywhere in the cluster: the execution that claimed it
-- (runner) renews its lease with every chunk it commits. An import left QUEUED or RUNNING by an instance that was
-- killed or stopped keeps its lease until it lapses; then any instance claims it and starts a new execution, which
-- goes on with the rows that have no outcome yet (UserImportSchedule).
alter table user_import add column runner bigint;
alter table user_import add column lease_until timestamp;
create index user_import_open on user_import (status, lease_until);
