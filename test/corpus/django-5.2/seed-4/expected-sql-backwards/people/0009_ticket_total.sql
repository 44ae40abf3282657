BEGIN;
--
-- Add field total to ticket
--
ALTER TABLE "people_ticket" DROP COLUMN "total" CASCADE;
COMMIT;
