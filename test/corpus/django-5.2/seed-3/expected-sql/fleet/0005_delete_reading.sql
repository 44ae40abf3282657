BEGIN;
--
-- Delete model Reading
--
DROP TABLE "fleet_reading" CASCADE;
COMMIT;
