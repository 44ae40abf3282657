BEGIN;
--
-- Remove field version from device
--
SET CONSTRAINTS "crm_device_t21_version_id_599a2279_fk_crm_device_t21_id" IMMEDIATE; ALTER TABLE "crm_device_t21" DROP CONSTRAINT "crm_device_t21_version_id_599a2279_fk_crm_device_t21_id";
ALTER TABLE "crm_device_t21" DROP COLUMN "version_id";
COMMIT;
