BEGIN;
--
-- Create model Ticket
--
DROP TABLE "events_ticket" CASCADE;
COMMIT;
