BEGIN;
--
-- Add field deadline to device
--
SET CONSTRAINTS "crm_device_t21_Ref_deadline_185dd3b1_fk_crm_stati" IMMEDIATE; ALTER TABLE "crm_device_t21" DROP CONSTRAINT "crm_device_t21_Ref_deadline_185dd3b1_fk_crm_stati";
ALTER TABLE "crm_device_t21" DROP COLUMN "Ref_deadline";
COMMIT;
