-- Calls placed through an Office Anywhere portal: where they went, how the switch rated them (LOCAL,
-- LONG_DISTANCE, INTERNATIONAL) and which portal number they went through, so toll calls can be invoiced.
-- Null for other calls. One column per statement, the form H2 and PostgreSQL both accept.
alter table usage_record add column destination varchar(40);
alter table usage_record add column rate_class varchar(20);
alter table usage_record add column portal varchar(40);
-- The account a call's station belonged to when the switch reported it: an invoice lists every call of the account,
-- of users deleted since too, without binding every station of the account.
alter table usage_record add column account_id bigint;
create index usage_record_account on usage_record (account_id, recorded_at);
