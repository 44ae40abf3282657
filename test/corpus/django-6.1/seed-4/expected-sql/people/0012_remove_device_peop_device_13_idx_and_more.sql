BEGIN;
--
-- Remove index peop_device_13_idx from device
--
DROP INDEX IF EXISTS "peop_device_13_idx";
--
-- Remove constraint people_device_chk14 from model device
--
ALTER TABLE "people_device_t12" DROP CONSTRAINT "people_device_chk14";
--
-- Delete model Device
--
DROP TABLE "people_device_t12" CASCADE;
COMMIT;
