BEGIN;
--
-- Alter field path on book
--
ALTER TABLE "billing_book" ALTER COLUMN "path" SET DEFAULT  -3;
UPDATE "billing_book" SET "path" =  -3 WHERE "path" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "billing_book" ALTER COLUMN "path" SET NOT NULL;
ALTER TABLE "billing_book" ALTER COLUMN "path" DROP DEFAULT;
COMMIT;
