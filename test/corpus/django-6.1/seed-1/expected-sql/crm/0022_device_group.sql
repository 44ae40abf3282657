BEGIN;
--
-- Add field group to device
--
ALTER TABLE "crm_device_t21" ADD COLUMN "group" varchar(100) NULL;
COMMIT;
