BEGIN;
--
-- Create constraint crm_ticket_uniq5 on model ticket
--
ALTER TABLE "crm_ticket_t3" ADD CONSTRAINT "crm_ticket_uniq5" UNIQUE ("title_id", "id");
COMMIT;
