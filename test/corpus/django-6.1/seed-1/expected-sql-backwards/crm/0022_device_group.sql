BEGIN;
--
-- Add field group to device
--
ALTER TABLE "crm_device_t21" DROP COLUMN "group";
COMMIT;
