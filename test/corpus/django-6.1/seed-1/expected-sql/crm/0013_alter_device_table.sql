BEGIN;
--
-- Rename table for device to crm_device_t14
--
ALTER TABLE "crm_device" RENAME TO "crm_device_t14";
COMMIT;
