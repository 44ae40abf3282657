BEGIN;
--
-- Add field starts to note
--
ALTER TABLE "crm_note" ADD COLUMN "starts" smallint DEFAULT  -3 NOT NULL;
ALTER TABLE "crm_note" ALTER COLUMN "starts" DROP DEFAULT;
COMMIT;
