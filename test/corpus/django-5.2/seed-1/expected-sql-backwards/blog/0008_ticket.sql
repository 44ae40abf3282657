BEGIN;
--
-- Create model Ticket
--
DROP TABLE "blog_ticket_t13" CASCADE;
COMMIT;
