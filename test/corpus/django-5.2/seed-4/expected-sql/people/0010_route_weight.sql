BEGIN;
--
-- Add field weight to route
--
ALTER TABLE "people_route" ADD COLUMN "weight" integer DEFAULT  -1 NOT NULL UNIQUE;
ALTER TABLE "people_route" ALTER COLUMN "weight" DROP DEFAULT;
COMMIT;
