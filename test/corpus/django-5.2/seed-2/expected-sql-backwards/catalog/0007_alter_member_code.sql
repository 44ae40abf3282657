BEGIN;
--
-- Alter field code on member
--
ALTER TABLE "catalog_member" ALTER COLUMN "code" TYPE smallint;
COMMENT ON COLUMN "catalog_member"."code" IS '';
COMMIT;
