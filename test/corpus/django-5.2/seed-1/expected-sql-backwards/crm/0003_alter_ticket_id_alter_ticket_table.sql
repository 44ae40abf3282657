BEGIN;
--
-- Rename table for ticket to crm_ticket_t3
--
ALTER TABLE "crm_ticket_t3" RENAME TO "crm_ticket";
--
-- Alter field id on ticket
--
ALTER TABLE "crm_ticket" ALTER COLUMN "id" TYPE integer USING "id"::integer;
COMMIT;
