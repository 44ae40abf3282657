BEGIN;
--
-- Add field deadline to ticket
--
DROP TABLE "crm_ticket_t3_deadline" CASCADE;
COMMIT;
