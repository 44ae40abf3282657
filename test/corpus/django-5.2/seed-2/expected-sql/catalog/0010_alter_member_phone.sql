BEGIN;
--
-- Alter field phone on member
--
ALTER TABLE "catalog_member" ALTER COLUMN "phone" DROP NOT NULL;
COMMIT;
