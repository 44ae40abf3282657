BEGIN;
--
-- Add field total to ticket
--
ALTER TABLE "blog_ticket_t13" DROP COLUMN "total_id" CASCADE;
COMMIT;
