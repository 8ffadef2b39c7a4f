-- What the switch reports, recorded once per event seq.
create table switch_event_receipt (
    seq bigint primary key,
    kind varchar(20) not null,
    subscriber varchar(100),
    received_at timestamp not null
);

create table device_registration (
    endpoint varchar(100) primary key,
    subscriber varchar(100) not null,
    registered boolean not null,
    last_seq bigint not null,
    updated_at timestamp not null
);
create index device_registration_subscriber on device_registration (subscriber);

create table active_call (
    call_id varchar(100) primary key,
    subscriber varchar(100) not null,
    state varchar(20) not null,
    device varchar(20),
    last_seq bigint not null,
    updated_at timestamp not null
);
create index active_call_subscriber on active_call (subscriber);

create table usage_record (
    call_id varchar(100) primary key,
    subscriber varchar(100) not null,
    seconds bigint not null,
    toll boolean not null,
    seq bigint not null,
    recorded_at timestamp not null
);
create index usage_record_subscriber on usage_record (subscriber, recorded_at);
