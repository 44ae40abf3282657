BEGIN;
--
-- Alter field uid on batch
--
ALTER TABLE "crm_batch" RENAME COLUMN "uid" TO "col_uid7";
COMMIT;
