BEGIN;
--
-- Rename table for driver to (default)
--
ALTER TABLE "crm_driver" RENAME TO "crm_driver_t12";
COMMIT;
