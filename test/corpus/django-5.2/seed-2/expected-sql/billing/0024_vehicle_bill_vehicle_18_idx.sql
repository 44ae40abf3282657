BEGIN;
--
-- Create index bill_vehicle_18_idx on F(budget) + Value(1) on model vehicle
--
CREATE INDEX "bill_vehicle_18_idx" ON "billing_vehicle" ((("budget" + 1)));
COMMIT;
