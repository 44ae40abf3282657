BEGIN;
--
-- Create index crm_station_29_idx on field(s) zone, ref of model station
--
CREATE INDEX "crm_station_29_idx" ON "crm_station" ("zone", "ref");
COMMIT;
