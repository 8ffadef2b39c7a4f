-- License reconciliation: one row per run (its scope, mode, progress, counts and the position its last committed
-- chunk reached, so that a restarted run resumes there), one row per drift found.
create table reconciliation_run (
    id bigint primary key,
    scope_kind varchar(10) not null,
    carrier_id bigint,
    account_id bigint,
    mode varchar(10) not null,
    status varchar(10) not null,
    repair_of bigint,
    started_by varchar(100) not null,
    created_at timestamp not null,
    started_at timestamp,
    finished_at timestamp,
    execution_id bigint,
    items_done bigint not null,
    items_total bigint not null,
    orphans integer not null,
    missing integer not null,
    wrong_station integer not null,
    stuck integer not null,
    settings integer not null,
    repairs integer not null,
    position_item varchar(20),
    position_key varchar(100),
    position_cursor varchar(200),
    last_error varchar(1000)
);
create index reconciliation_run_carrier on reconciliation_run (carrier_id, id);

create table reconciliation_drift (
    id bigint primary key,
    run_id bigint not null references reconciliation_run (id) on delete cascade,
    carrier_id bigint,
    account_id bigint,
    kind varchar(20) not null,
    item varchar(20) not null,
    item_key varchar(100) not null,
    switch_owner varchar(100),
    desired_owner varchar(100),
    switch_version bigint not null,
    desired_version bigint not null,
    detail varchar(1000),
    repaired boolean not null,
    constraint reconciliation_drift_once unique (run_id, item, item_key, kind)
);
create index reconciliation_drift_account on reconciliation_drift (run_id, account_id, id);

-- One run at a time in the whole cluster: a run holds this row's lease while it works and renews it with every
-- chunk; a run whose instance died lets it lapse. last_nightly is the day whose nightly run an instance claimed.
create table reconciliation_lock (
    name varchar(20) primary key,
    run_id bigint,
    lease_until timestamp,
    last_nightly date
);
insert into reconciliation_lock (name) values ('reconcile');
