-- A share no longer counts itself on its account's pool row, which every share of the account then waited for until
-- the sharing transaction ended: the shares of one account ran one at a time. The pool keeps the quantity bought;
-- how many licenses are shared is counted from the licenses (index client_license (account_id, status, ...)). The
-- rule "never more shared than bought" holds by construction: a share takes one of the licenses, which are the
-- quantity bought.
alter table license_pool drop constraint license_pool_within;
alter table license_pool drop column shared;
