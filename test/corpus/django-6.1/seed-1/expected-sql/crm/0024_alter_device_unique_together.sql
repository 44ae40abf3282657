BEGIN;
--
-- Alter unique_together for device (1 constraint(s))
--
ALTER TABLE "crm_device_t21" ADD CONSTRAINT "crm_device_t21_duration_group_e390943e_uniq" UNIQUE ("duration", "group");
COMMIT;
