-- How page headers name a signed-in person who is no user of an account (carrier support); customer admins and end
-- users are named by their user.
alter table login add column display_name varchar(200);
