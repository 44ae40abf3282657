BEGIN;
--
-- Alter field phone on member
--
ALTER TABLE "catalog_member" ALTER COLUMN "phone" TYPE date USING "phone"::date;
COMMIT;
