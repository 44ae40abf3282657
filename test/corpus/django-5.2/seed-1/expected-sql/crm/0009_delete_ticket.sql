BEGIN;
--
-- Delete model Ticket
--
DROP TABLE "crm_ticket_t3_deadline" CASCADE;
DROP TABLE "crm_ticket_t3" CASCADE;
COMMIT;
