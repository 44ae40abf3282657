BEGIN;
--
-- Create model Ticket
--
DROP TABLE "people_ticket" CASCADE;
COMMIT;
