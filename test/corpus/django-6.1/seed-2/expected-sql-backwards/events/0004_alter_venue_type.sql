BEGIN;
--
-- Alter field type on venue
--
DROP INDEX IF EXISTS "events_venue_MixedCase_type_35e3bd3d";
COMMIT;
