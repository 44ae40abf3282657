BEGIN;
--
-- Alter field id on ticket
--
ALTER TABLE "crm_ticket" ALTER COLUMN "id" TYPE smallint USING "id"::smallint;
ALTER SEQUENCE IF EXISTS "crm_ticket_id_seq" AS smallint;
--
-- Rename table for ticket to crm_ticket_t3
--
ALTER TABLE "crm_ticket" RENAME TO "crm_ticket_t3";
COMMIT;
