BEGIN;
--
-- Remove field body from route
--
ALTER TABLE "crm_route" DROP COLUMN "MixedCase_body";
COMMIT;
