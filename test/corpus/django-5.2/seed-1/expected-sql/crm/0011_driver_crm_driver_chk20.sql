BEGIN;
--
-- Create constraint crm_driver_chk20 on model driver
--
ALTER TABLE "crm_driver_t12" ADD CONSTRAINT "crm_driver_chk20" CHECK ("an_extraordinarily_long_descriptive_column_name" < '2023-05-17'::date);
COMMIT;
