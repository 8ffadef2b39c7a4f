-- Search over an account of 100,000 users (README, "Search benchmark"): the indexes both databases take. The prefix
-- indexes PostgreSQL needs besides are in V25_1 (Java), as they are written for it alone.
-- ListUsers by site pages in id order within one site: its page comes from the site's users in that order, not from
-- the whole account's users filtered (app_user_account_site is ordered by name) or every user of the database in id
-- order.
create index app_user_account_site_id on app_user (account_id, site_id, id);
