BEGIN;
--
-- Add field total to ticket
--
ALTER TABLE "people_ticket" ADD COLUMN "total" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "people_ticket" ALTER COLUMN "total" DROP DEFAULT;
COMMIT;
