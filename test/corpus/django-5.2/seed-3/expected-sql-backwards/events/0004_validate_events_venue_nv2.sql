BEGIN;
--
-- Validate constraint events_venue_nv2 on model venue
--
-- (no-op)
COMMIT;
