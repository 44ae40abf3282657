BEGIN;
--
-- Add field starts to note
--
ALTER TABLE "crm_note" DROP COLUMN "starts" CASCADE;
COMMIT;
