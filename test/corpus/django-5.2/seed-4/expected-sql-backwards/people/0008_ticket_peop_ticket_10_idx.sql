BEGIN;
--
-- Create index peop_ticket_10_idx on field(s) qty of model ticket
--
DROP INDEX IF EXISTS "peop_ticket_10_idx";
COMMIT;
