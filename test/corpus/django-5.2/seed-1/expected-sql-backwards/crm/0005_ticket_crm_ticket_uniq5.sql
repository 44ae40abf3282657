BEGIN;
--
-- Create constraint crm_ticket_uniq5 on model ticket
--
ALTER TABLE "crm_ticket_t3" DROP CONSTRAINT "crm_ticket_uniq5";
COMMIT;
