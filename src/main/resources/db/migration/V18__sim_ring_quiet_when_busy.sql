-- Simultaneous Ring's "do not ring if I am on a call".
alter table call_settings add column sim_ring_quiet_when_busy boolean default false not null;
