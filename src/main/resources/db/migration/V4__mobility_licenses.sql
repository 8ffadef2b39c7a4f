-- The Mobility add-on: the carrier's mobility routers, each account's add-on and settings, its pool of
-- mobile client licenses (each a device identity shared to at most one station) and its mobility users.

create table mobility_router (
    id bigint primary key,
    version bigint not null,
    carrier_id bigint not null references carrier (id),
    name varchar(40) not null,
    client_start_address varchar(200) not null,
    remote_server_address varchar(200) not null,
    remote_server_port integer not null,
    constraint mobility_router_name unique (carrier_id, name)
);

create table mobility_service (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    status varchar(20) not null,
    router_id bigint references mobility_router (id),
    group_name varchar(100),
    voicemail_access_number varchar(16),
    access_number_id bigint references phone_number (id),
    reverse_dial_number varchar(16),
    handover_number varchar(16),
    send_email_notification boolean not null,
    default_video boolean not null,
    max_clients_per_user integer not null,
    welcome_email_enabled boolean not null,
    welcome_subject varchar(200),
    welcome_template varchar(8000),
    activation_requested_at timestamp,
    activation_requested_by varchar(100),
    activated_at timestamp,
    activated_by varchar(100),
    constraint mobility_service_account unique (account_id)
);

-- shared <= purchased is also the database's rule, so no path around the service can break it
create table license_pool (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    product varchar(30) not null,
    purchased integer not null,
    shared integer not null,
    constraint license_pool_product unique (account_id, product),
    constraint license_pool_within check (shared >= 0 and shared <= purchased)
);

create table client_license (
    id bigint primary key,
    version bigint not null,
    carrier_id bigint not null references carrier (id),
    account_id bigint not null references account (id),
    device_identity varchar(20) not null,
    status varchar(10) not null,
    station_id bigint references station (id),
    shared_at timestamp,
    constraint client_license_identity unique (carrier_id, device_identity)
);
create index client_license_account on client_license (account_id, status, device_identity);
create index client_license_station on client_license (station_id);

create table mobility_user (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    user_id bigint not null references app_user (id),
    mobility_extension varchar(8) not null,
    video boolean not null,
    enabled_at timestamp not null,
    provisioning_email_sent_at timestamp,
    constraint mobility_user_user unique (user_id),
    constraint mobility_user_extension unique (account_id, mobility_extension)
);

-- device identities are numbered per carrier: FEBC00000001, FEBC00000002, ...
alter table carrier add column next_client_number bigint default 1 not null;
