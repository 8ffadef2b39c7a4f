-- My Phone: where a user's calls ring (preferred device, Simultaneous Ring), forwarding and Do Not Disturb.
create table call_settings (
    id bigint primary key,
    version bigint not null,
    user_id bigint not null references app_user (id),
    preferred_device varchar(20) not null,
    custom_number varchar(20),
    ring_no_answer_seconds int not null,
    simultaneous_ring boolean not null,
    forward_all varchar(20),
    forward_busy varchar(20),
    forward_no_reply varchar(20),
    no_reply_seconds int not null,
    do_not_disturb boolean not null,
    constraint call_settings_user unique (user_id)
);

create table sim_ring_number (
    id bigint primary key,
    version bigint not null,
    settings_id bigint not null references call_settings (id),
    e164 varchar(20) not null,
    answer_confirmation boolean not null
);
