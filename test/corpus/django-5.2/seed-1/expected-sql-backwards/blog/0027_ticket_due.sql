BEGIN;
--
-- Add field due to ticket
--
ALTER TABLE "blog_ticket_t13" DROP COLUMN "due_id" CASCADE;
COMMIT;
