-- Scheduled work that must run once per cluster (instances sharing this database) claims its period in its row:
-- the instance whose update moves the period forward runs it, the others find the period already taken.
create table schedule_period (
    job varchar(60) primary key,
    period varchar(40) not null,
    claimed_by varchar(100) not null
);
insert into schedule_period (job, period, claimed_by) values ('idempotency-purge', '-', '-');
