BEGIN;
--
-- Alter field qty on ticket
--
DROP INDEX IF EXISTS "crm_ticket_t3_qty_146b3706";
COMMIT;
