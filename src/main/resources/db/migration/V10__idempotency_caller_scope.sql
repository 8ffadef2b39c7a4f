-- What the login was allowed when it first used a key (its roles and account): a replay is answered only while
-- that still holds, so a login whose roles were cut since cannot read back a response it may no longer get.
alter table idempotency_record add column caller_scope varchar(300);
