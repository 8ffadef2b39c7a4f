-- An account's end for billing: the UTC day its carrier deleted it, with its name and carrier, written in the deletion's
-- transaction. The true-up bills the months up to that day from the account's snapshots (the account row is gone), and
-- the days after it count nothing. No foreign key to account, as billing_statement: it outlives the account.
create table billing_account_end (
    account_id bigint primary key,
    carrier_id bigint not null,
    account_name varchar(255) not null,
    ended_on date not null,
    ended_at timestamp not null,
    ended_by varchar(100) not null
);
create index billing_account_end_day on billing_account_end (ended_on, account_id);
