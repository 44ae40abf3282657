BEGIN;
--
-- Add field amount to route
--
ALTER TABLE "people_route" DROP COLUMN "amount" CASCADE;
COMMIT;
