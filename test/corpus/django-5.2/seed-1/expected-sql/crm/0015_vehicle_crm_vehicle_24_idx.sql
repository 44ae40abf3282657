BEGIN;
--
-- Create index crm_vehicle_24_idx on field(s) token of model vehicle
--
CREATE INDEX "crm_vehicle_24_idx" ON "crm_vehicle" ("token");
COMMIT;
