BEGIN;
--
-- Alter field total on route
--
ALTER TABLE "people_route" ALTER COLUMN "total" SET DEFAULT '\x6162'::bytea;
UPDATE "people_route" SET "total" = '\x6162'::bytea WHERE "total" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "people_route" ALTER COLUMN "total" SET NOT NULL;
ALTER TABLE "people_route" ALTER COLUMN "total" DROP DEFAULT;
COMMIT;
