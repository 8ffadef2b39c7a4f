-- The outbox: desired state for the switch, written in the same transaction as the change.
create table switch_command (
    id bigint primary key,
    account_id bigint not null,
    target_kind varchar(20) not null,
    target_key varchar(100) not null,
    operation varchar(10) not null,
    payload varchar(20000),
    status varchar(10) not null,
    attempts integer not null,
    next_attempt_at timestamp not null,
    claimed_by varchar(100),
    claimed_until timestamp,
    last_error varchar(1000),
    created_at timestamp not null,
    finished_at timestamp
);
create index switch_command_due on switch_command (status, next_attempt_at, id);
create index switch_command_target on switch_command (target_key, status, id);
create index switch_command_account on switch_command (account_id, status, id);
