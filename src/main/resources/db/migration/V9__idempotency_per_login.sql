-- Idempotency keys belong to the login that sent them: another login's key is simply another key, so a
-- Phone Manager can neither replay nor block a request of the carrier's back office. Records kept from
-- before (48 hours at most) belong to no login and simply expire.
alter table idempotency_record add column login_name varchar(100);
update idempotency_record set login_name = '';
alter table idempotency_record alter column login_name set not null;
alter table idempotency_record drop constraint idempotency_carrier_key;
alter table idempotency_record add constraint idempotency_login_key unique (carrier_id, login_name, idempotency_key);
