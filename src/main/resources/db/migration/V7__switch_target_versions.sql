-- Per-target versions: each switch target has one row whose version grows by one under a row lock taken
-- by the changing transaction, and each outbox command carries the version it was computed at. Until now
-- the command id was the version, so existing commands keep theirs and every target continues from its
-- highest id: the switch holds those versions already and must see only higher ones.
create table switch_target (
    target_key varchar(100) primary key,
    target_kind varchar(20) not null,
    account_id bigint not null,
    version bigint not null
);
alter table switch_command add column version bigint;
update switch_command set version = id;
alter table switch_command alter column version set not null;
insert into switch_target (target_key, target_kind, account_id, version)
    select target_key, max(target_kind), max(account_id), max(id) from switch_command group by target_key;
drop index switch_command_target;
create index switch_command_target on switch_command (target_key, status, version);
-- Carrier-wide views (support's Switch sync, Mailbox) filter by the carrier the row belongs to, rather than
-- reaching into the account table.
alter table switch_command add column carrier_id bigint;
update switch_command set carrier_id = (select a.carrier_id from account a where a.id = switch_command.account_id);
-- commands of accounts deleted since: the audit trail still knows their carrier
update switch_command set carrier_id = (select max(e.carrier_id) from audit_entry e where e.account_id = switch_command.account_id)
    where carrier_id is null;
update switch_command set carrier_id = 0 where carrier_id is null;
alter table switch_command alter column carrier_id set not null;
create index switch_command_carrier on switch_command (carrier_id, status, id);
alter table email_outbox add column carrier_id bigint;
update email_outbox set carrier_id = (select a.carrier_id from account a where a.id = email_outbox.account_id);
create index email_outbox_carrier on email_outbox (carrier_id, id);
