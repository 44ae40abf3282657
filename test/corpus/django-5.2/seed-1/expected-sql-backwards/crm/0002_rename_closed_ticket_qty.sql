BEGIN;
--
-- Rename field closed on ticket to qty
--
ALTER TABLE "crm_ticket" RENAME COLUMN "qty" TO "closed";
COMMIT;
