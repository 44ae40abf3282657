BEGIN;
--
-- Alter field phone on member
--
ALTER TABLE "catalog_member" ALTER COLUMN "phone" TYPE timestamp with time zone USING "phone"::timestamp with time zone;
COMMIT;
