-- The carrier's user search: by business number, extension, email, desk phone MAC address or name prefix, in one
-- account or across all the carrier's accounts, paged by keyset on (sort key, id).
-- Case-insensitive lookups use lower-case copies kept by the entity (as search_name is): an index on lower(...) is
-- written differently in H2 and PostgreSQL, a plain column index is the same in both.
alter table app_user add column search_last_name varchar(100);
alter table app_user add column search_email varchar(254);
update app_user set search_last_name = lower(last_name), search_email = lower(email);
alter table app_user alter column search_last_name set not null;
alter table app_user alter column search_email set not null;

-- one account: the last-name prefix, the email, and the sort by creation (name: app_user_account_name)
create index app_user_account_last_name on app_user (account_id, search_last_name);
create index app_user_account_search_email on app_user (account_id, search_email);
create index app_user_account_created on app_user (account_id, created_at, id);
-- all the carrier's accounts: the criteria alone (numbers and MAC addresses are unique already)
create index app_user_search_name on app_user (search_name, id);
create index app_user_search_last_name on app_user (search_last_name);
create index app_user_search_email on app_user (search_email);
create index station_extension_alone on station (extension);
