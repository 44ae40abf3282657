BEGIN;
--
-- Alter field phone on member
--
ALTER TABLE "catalog_member" ALTER COLUMN "phone" SET NOT NULL;
COMMIT;
