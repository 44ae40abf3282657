BEGIN;
--
-- Create model Ticket
--
DROP TABLE "library_ticket_t38" CASCADE;
--
-- Alter field deadline on comment
--
-- (no-op)
COMMIT;
