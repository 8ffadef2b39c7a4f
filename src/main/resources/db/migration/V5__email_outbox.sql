-- The email outbox: messages queued in the same transaction as the change they tell about.
-- Bodies and attachments (base64) are long varchars, which H2 2.x and PostgreSQL 15 both accept.
create table email_outbox (
    id bigint primary key,
    account_id bigint,
    kind varchar(40) not null,
    recipient varchar(1000) not null,
    subject varchar(1000) not null,
    body_text varchar(1000000) not null,
    body_html varchar(1000000),
    status varchar(10) not null,
    attempts integer not null,
    next_attempt_at timestamp not null,
    claimed_by varchar(100),
    claimed_until timestamp,
    last_error varchar(1000),
    created_at timestamp not null,
    sent_at timestamp
);
create index email_outbox_due on email_outbox (status, next_attempt_at, id);
create index email_outbox_account_kind on email_outbox (account_id, kind);

create table email_attachment (
    email_id bigint not null references email_outbox (id),
    part_no integer not null,
    file_name varchar(255) not null,
    content_type varchar(255) not null,
    content_id varchar(255),
    content_base64 varchar(1000000) not null,
    primary key (email_id, part_no)
);
