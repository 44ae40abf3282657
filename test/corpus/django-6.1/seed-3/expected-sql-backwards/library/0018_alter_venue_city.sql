BEGIN;
--
-- Alter field city on venue
--
UPDATE "library_venue" SET "city" = 1.55 WHERE "city" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "library_venue" ALTER COLUMN "city" SET NOT NULL;
COMMIT;
