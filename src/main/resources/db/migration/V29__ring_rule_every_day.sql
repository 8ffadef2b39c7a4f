-- A rule's days are kept as their names, space-separated: all seven take 56 characters, and six or some five did not
-- fit the 40 the column had (the rule was refused with the error page or INTERNAL_ERROR).
alter table ring_rule alter column days set data type varchar(64);
