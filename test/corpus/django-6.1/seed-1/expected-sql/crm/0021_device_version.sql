BEGIN;
--
-- Add field version to device
--
ALTER TABLE "crm_device_t21" ADD COLUMN "version_id" bigint DEFAULT 1 NOT NULL CONSTRAINT "crm_device_t21_version_id_599a2279_fk_crm_device_t21_id" REFERENCES "crm_device_t21"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "crm_device_t21_version_id_599a2279_fk_crm_device_t21_id" IMMEDIATE;
ALTER TABLE "crm_device_t21" ALTER COLUMN "version_id" DROP DEFAULT;
COMMIT;
