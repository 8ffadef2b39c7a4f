-- Office Anywhere: portals (inbound numbers users call to be their desk phone), the users who have it, and their
-- alternate numbers; and, below every feature, the destination numbers the features claim.

-- A number of the inventory is assigned to a station or to a portal: the inventory says which.
alter table phone_number add column assigned_to varchar(20);
update phone_number set assigned_to = 'STATION' where status = 'ASSIGNED';

create table oa_portal (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    site_id bigint not null references site (id),
    phone_number_id bigint not null references phone_number (id),
    name varchar(100) not null,
    extension varchar(8),
    scope varchar(10) not null,
    created_at timestamp not null,
    constraint oa_portal_number unique (phone_number_id)
);

create table oa_user (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    user_id bigint not null references app_user (id),
    assigned_at timestamp not null,
    constraint oa_user_user unique (user_id)
);

create table oa_number (
    id bigint primary key,
    version bigint not null,
    oa_user_id bigint not null references oa_user (id),
    e164 varchar(20) not null,
    kind varchar(10) not null,
    description varchar(100),
    active boolean not null
);

-- One destination number serves one feature of one user in a carrier's switch (Mobility, Office Anywhere or
-- Simultaneous Ring): claimed here by whichever feature uses it, unique per carrier.
create table destination_number (
    id bigint primary key,
    version bigint not null,
    carrier_id bigint not null references carrier (id),
    account_id bigint not null references account (id),
    e164 varchar(20) not null,
    feature varchar(20) not null,
    user_id bigint not null references app_user (id),
    holder_id bigint not null,
    constraint destination_number_unique unique (carrier_id, e164)
);
