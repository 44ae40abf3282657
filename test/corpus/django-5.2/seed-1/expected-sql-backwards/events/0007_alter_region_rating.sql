BEGIN;
--
-- Alter field rating on region
--
DROP INDEX IF EXISTS "events_region_rating_472d141e";
DROP INDEX IF EXISTS "events_region_rating_472d141e_like";
COMMIT;
