BEGIN;
--
-- Change Meta options on route
--
-- (no-op)
COMMIT;
