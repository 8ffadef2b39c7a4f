-- My Phone: the user's own numbers (My Number), the Mobile App as its user turned it on, custom devices, rules
-- profiles, the account's ring timers and No Reply default, and the phone PIN's digest.
create table user_number (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    kind varchar(10) not null,
    e164 varchar(20) not null,
    label varchar(60),
    constraint user_number_unique unique (user_id, e164)
);

create table mobile_app (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    number_id bigint not null references user_number (id),
    alert_click_to_dial boolean not null,
    phones_to_ring varchar(10) not null,
    answer_confirmation boolean not null,
    outbound_mode varchar(20) not null,
    turned_on_at timestamp not null,
    constraint mobile_app_user unique (user_id)
);

create table custom_device (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    name varchar(60) not null,
    e164 varchar(20) not null,
    ring_seconds int not null,
    constraint custom_device_name unique (user_id, name)
);

-- a custom number chosen before devices existed becomes the user's device "Custom"; the settings row's id is free in
-- the shared id space (ids are unique across tables), so the device takes it
insert into custom_device (id, version, user_id, name, e164, ring_seconds)
    select id, 1, user_id, 'Custom', custom_number, ring_no_answer_seconds from call_settings where custom_number is not null;
alter table call_settings add column custom_device_id bigint references custom_device (id);
update call_settings set custom_device_id = id where custom_number is not null;
alter table call_settings drop column custom_number;
alter table call_settings drop column ring_no_answer_seconds;
alter table call_settings add column route_to_cell boolean default true not null;

create table rules_profile (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    name varchar(60) not null,
    active boolean not null,
    constraint rules_profile_name unique (user_id, name)
);

create table ring_rule (
    id bigint primary key,
    version bigint not null,
    profile_id bigint not null references rules_profile (id),
    name varchar(60) not null,
    callers varchar(2000),
    days varchar(40),
    from_time varchar(5),
    until_time varchar(5),
    target varchar(20) not null,
    e164 varchar(20)
);

create table account_call_defaults (
    id bigint primary key,
    version bigint not null,
    account_id bigint not null references account (id),
    wifi_seconds int not null,
    desk_seconds int not null,
    cell_seconds int not null,
    no_reply_seconds int not null,
    constraint account_call_defaults_account unique (account_id)
);

create table phone_pin (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    digest varchar(200) not null,
    changed_at timestamp not null,
    constraint phone_pin_user unique (user_id)
);
