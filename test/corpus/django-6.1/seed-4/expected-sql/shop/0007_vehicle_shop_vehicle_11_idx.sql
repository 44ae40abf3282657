BEGIN;
--
-- Create index shop_vehicle_11_idx on field(s) title, type, weight of model vehicle
--
CREATE INDEX "shop_vehicle_11_idx" ON "shop_vehicle" ("title_id", "type", "weight");
COMMIT;
