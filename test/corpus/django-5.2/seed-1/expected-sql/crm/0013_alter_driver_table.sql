BEGIN;
--
-- Rename table for driver to (default)
--
ALTER TABLE "crm_driver_t12" RENAME TO "crm_driver";
COMMIT;
