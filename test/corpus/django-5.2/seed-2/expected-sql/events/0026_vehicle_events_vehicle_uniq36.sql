BEGIN;
--
-- Create constraint events_vehicle_uniq36 on model vehicle
--
CREATE UNIQUE INDEX "events_vehicle_uniq36" ON "events_vehicle" ("summary") WHERE "body" IS NOT NULL;
COMMIT;
