BEGIN;
--
-- Rename table for device to crm_device_t14
--
ALTER TABLE "crm_device_t14" RENAME TO "crm_device";
COMMIT;
