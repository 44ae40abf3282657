BEGIN;
--
-- Remove field qty from ticket
--
ALTER TABLE "people_ticket" DROP COLUMN "MixedCase_qty" CASCADE;
COMMIT;
