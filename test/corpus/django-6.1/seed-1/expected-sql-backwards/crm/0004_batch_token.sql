BEGIN;
--
-- Add field token to batch
--
ALTER TABLE "crm_batch" DROP COLUMN "token";
COMMIT;
