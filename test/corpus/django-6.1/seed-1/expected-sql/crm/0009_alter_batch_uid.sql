BEGIN;
--
-- Alter field uid on batch
--
ALTER TABLE "crm_batch" RENAME COLUMN "col_uid7" TO "uid";
COMMIT;
