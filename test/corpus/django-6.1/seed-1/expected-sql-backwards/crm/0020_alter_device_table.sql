BEGIN;
--
-- Rename table for device to crm_device_t21
--
ALTER TABLE "crm_device_t21" RENAME TO "crm_device_t14";
COMMIT;
