BEGIN;
--
-- Create index peop_ticket_5_idx on field(s) title of model ticket
--
DROP INDEX IF EXISTS "peop_ticket_5_idx";
COMMIT;
