BEGIN;
--
-- Rename field closed on ticket to qty
--
ALTER TABLE "crm_ticket" RENAME COLUMN "closed" TO "qty";
COMMIT;
