-- CSV imports of users (admin/user-import.xhtml): an import holds the rows that passed validation, each with its
-- outcome once the background job reached it; the result file is read from here. Nothing is written while a file is
-- only checked; when its good rows are imported, the rows validation refused are kept too (outcome INVALID, without
-- their values) so that the result file lists every row of the file.
create table user_import (
    id bigint primary key,
    account_id bigint not null references account (id) on delete cascade,
    started_by varchar(100) not null,
    file_name varchar(255),
    status varchar(20) not null,
    total_rows integer not null,
    done_rows integer not null,
    failed_rows integer not null,
    created_at timestamp not null,
    finished_at timestamp
);
create index user_import_account on user_import (account_id, id);

create table user_import_row (
    id bigint primary key,
    import_id bigint not null references user_import (id) on delete cascade,
    line integer not null,
    first_name varchar(100),
    last_name varchar(100),
    email varchar(254),
    extension varchar(20),
    site_id bigint,
    business_number varchar(40),
    desk_phone_model varchar(60),
    desk_phone_mac varchar(40),
    outcome varchar(10),
    user_id bigint,
    message varchar(1000)
);
create index user_import_row_import on user_import_row (import_id, line);
