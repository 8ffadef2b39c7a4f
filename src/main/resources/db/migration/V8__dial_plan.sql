-- One dial plan per account: every extension dialled in an account (stations, mobility users, and next
-- portals and custom devices) is claimed here once, unique per account. The existing claims take the ids of
-- their station and mobility user rows: every id comes from the one sequence, so none is used twice.
create table dial_plan_entry (
    id bigint primary key,
    account_id bigint not null references account (id),
    extension varchar(8) not null,
    holder_kind varchar(20) not null,
    holder_id bigint not null,
    user_id bigint,
    holder_label varchar(200) not null,
    version bigint not null default 0,
    constraint dial_plan_extension unique (account_id, extension),
    constraint dial_plan_holder unique (holder_kind, holder_id)
);
insert into dial_plan_entry (id, account_id, extension, holder_kind, holder_id, user_id, holder_label)
    select s.id, s.account_id, s.extension, 'STATION', s.id, s.user_id, 'station' from station s;
insert into dial_plan_entry (id, account_id, extension, holder_kind, holder_id, user_id, holder_label)
    select m.id, m.account_id, m.mobility_extension, 'MOBILITY_USER', m.user_id, m.user_id, 'mobility extension'
    from mobility_user m
    where not exists (select 1 from dial_plan_entry e where e.account_id = m.account_id and e.extension = m.mobility_extension);
