-- One schema for H2 2.x and PostgreSQL 15: only types and syntax both accept.
create sequence id_seq start with 1000 increment by 50;

create table carrier (
    id bigint primary key,
    version bigint not null,
    name varchar(200) not null,
    mobility_profiles varchar(200) not null
);

create table account (
    id bigint primary key,
    version bigint not null,
    carrier_id bigint not null references carrier (id),
    name varchar(200) not null,
    external_reference varchar(100),
    created_at timestamp not null
);
create index account_carrier_name on account (carrier_id, name);

create table site (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    name varchar(200) not null,
    address varchar(300),
    city varchar(100),
    country varchar(2),
    time_zone varchar(60)
);
create index site_account on site (account_id, name);

create table phone_number (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    e164 varchar(16) not null,
    status varchar(20) not null,
    constraint phone_number_e164 unique (e164)
);
create index phone_number_account on phone_number (account_id, status, id);

create table app_user (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    site_id bigint not null references site (id),
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    email varchar(254) not null,
    search_name varchar(201) not null,
    profile_type varchar(20) not null,
    created_at timestamp not null
);
create index app_user_account_name on app_user (account_id, search_name);
create index app_user_account_site on app_user (account_id, site_id, search_name);
create index app_user_account_email on app_user (account_id, email);

create table station (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    user_id bigint not null references app_user (id),
    extension varchar(8) not null,
    phone_number_id bigint references phone_number (id),
    constraint station_user unique (user_id),
    constraint station_extension unique (account_id, extension),
    constraint station_number unique (phone_number_id)
);

create table device (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    station_id bigint not null references station (id),
    kind varchar(20) not null,
    model varchar(60) not null,
    mac_address varchar(17) not null,
    constraint device_mac unique (mac_address)
);
create index device_station on device (station_id);

create table login (
    id bigint primary key,
    version bigint not null,
    username varchar(100) not null,
    password_hash varchar(400) not null,
    roles varchar(200) not null,
    carrier_id bigint not null references carrier (id),
    account_id bigint references account (id),
    user_id bigint references app_user (id),
    temporary_password boolean not null,
    failed_attempts integer not null,
    locked_until timestamp,
    last_login_at timestamp,
    constraint login_username unique (username)
);
create index login_user on login (user_id);

create table audit_entry (
    id bigint primary key,
    carrier_id bigint not null,
    account_id bigint,
    principal varchar(100) not null,
    channel varchar(10) not null,
    entity_type varchar(40) not null,
    entity_id bigint,
    action varchar(40) not null,
    before_state varchar(8000),
    after_state varchar(8000),
    tracking_id varchar(100),
    occurred_at timestamp not null
);
create index audit_account_time on audit_entry (account_id, occurred_at);
create index audit_carrier_time on audit_entry (carrier_id, occurred_at);

create table idempotency_record (
    id bigint primary key,
    carrier_id bigint not null,
    idempotency_key varchar(100) not null,
    operation varchar(60) not null,
    request_hash varchar(64) not null,
    response_xml varchar(100000) not null,
    created_at timestamp not null,
    expires_at timestamp not null,
    constraint idempotency_carrier_key unique (carrier_id, idempotency_key)
);
create index idempotency_expiry on idempotency_record (expires_at);
