BEGIN;
--
-- Create constraint events_vehicle_uniq36 on model vehicle
--
DROP INDEX IF EXISTS "events_vehicle_uniq36";
COMMIT;
