-- The monthly billing true-up: what each account had day by day, and the statements made from it.
-- No foreign key to account: a statement is an invoice's basis and outlives the account it was made for.

-- One row per account and UTC day: the quantities as the daily snapshot job (or support, for a day it missed) saw them.
create table billing_snapshot (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null,
    carrier_id bigint not null,
    snapshot_day date not null,
    licenses_purchased int not null,
    licenses_shared int not null,
    mobility_users int not null,
    anywhere_users int not null,
    mobility_status varchar(20) not null,
    recorded_at timestamp not null,
    recorded_by varchar(100) not null,
    constraint billing_snapshot_day unique (account_id, snapshot_day)
);

-- One statement per account and month (YYYY-MM): OPEN while the month runs (made again at each true-up), CLOSED after.
create table billing_statement (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null,
    carrier_id bigint not null,
    account_name varchar(255) not null,
    billing_month char(7) not null,
    status varchar(10) not null,
    days_in_month int not null,
    recorded_days int not null,
    unmeasured_days int not null,
    produced_at timestamp not null,
    produced_by varchar(100) not null,
    day_table varchar(4000) not null,
    constraint billing_statement_month unique (account_id, billing_month)
);
create index billing_statement_carrier on billing_statement (carrier_id, billing_month);

-- A statement's lines: day-weighted and peak quantities, toll usage, and adjustments for earlier closed months.
create table billing_line (
    id bigint primary key,
    version bigint not null,
    statement_id bigint not null references billing_statement (id),
    position int not null,
    kind varchar(12) not null,
    item varchar(40) not null,
    for_month char(7) not null,
    basis_days int not null,
    unit_days bigint not null,
    peak int not null,
    calls bigint not null,
    billed_minutes bigint not null,
    charge decimal(12, 2)
);
create index billing_line_statement on billing_line (statement_id, position);

-- A scheduled run of a billing job claims its period once, so that instances sharing the database run it once.
create table billing_schedule_claim (
    claim_key varchar(60) primary key,
    claimed_at timestamp not null,
    claimed_by varchar(100) not null
);
