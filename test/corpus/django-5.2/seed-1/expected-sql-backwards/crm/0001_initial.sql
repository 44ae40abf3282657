BEGIN;
--
-- Create model Ticket
--
DROP TABLE "crm_ticket" CASCADE;
COMMIT;
