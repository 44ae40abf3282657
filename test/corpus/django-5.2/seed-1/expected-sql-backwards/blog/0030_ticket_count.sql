BEGIN;
--
-- Add field count to ticket
--
DROP TABLE "blog_ticket_t13_count" CASCADE;
COMMIT;
