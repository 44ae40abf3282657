BEGIN;
--
-- Add field token to batch
--
ALTER TABLE "crm_batch" ADD COLUMN "token" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "crm_batch" ALTER COLUMN "token" DROP DEFAULT;
COMMIT;
