BEGIN;
--
-- Alter field budget on sensor
--
DROP INDEX IF EXISTS "fleet_sensor_budget_a1345312";
COMMIT;
