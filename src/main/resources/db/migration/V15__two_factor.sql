-- Two-factor sign-in for the web pages: an account may require an access code by email after the password.
alter table account add column access_code_required boolean default false not null;

-- One row per sign-in that passed the password and waits for its access code. The code is kept only as a
-- salted SHA-256; a resend replaces it in the same row, so wrong codes keep counting across resends.
create table access_code (
    id bigint primary key,
    version bigint not null,
    login_id bigint not null references login (id) on delete cascade,
    code_hash varchar(200) not null,
    state varchar(10) not null,
    wrong_codes integer not null,
    sent_at timestamp not null,
    expires_at timestamp not null
);
create index access_code_login on access_code (login_id, state);
