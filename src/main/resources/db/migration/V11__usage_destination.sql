-- Calls placed through an Office Anywhere portal: where they went, how the switch rated them (LOCAL,
-- LONG_DISTANCE, INTERNATIONAL) and which portal number they went through, so toll calls can be invoiced.
-- Null for other calls. One column per statement, the form H2 and PostgreSQL both accept.
alter table usage_record add column destination varchar(40);
alter table usage_record add column rate_class varchar(20);
alter table usage_record add column portal varchar(40);
