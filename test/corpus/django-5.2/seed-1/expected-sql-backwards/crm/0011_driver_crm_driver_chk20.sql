BEGIN;
--
-- Create constraint crm_driver_chk20 on model driver
--
ALTER TABLE "crm_driver_t12" DROP CONSTRAINT "crm_driver_chk20";
COMMIT;
