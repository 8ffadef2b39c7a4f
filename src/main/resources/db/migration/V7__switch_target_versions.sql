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
