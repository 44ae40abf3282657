BEGIN;
--
-- Create index crm_station_25_idx on field(s) zone of model station
--
CREATE INDEX "crm_station_25_idx" ON "crm_station" ("zone");
COMMIT;
