BEGIN;
--
-- Alter field origin on ticket
--
ALTER TABLE "blog_ticket_t13" ALTER COLUMN "origin" SET NOT NULL;
COMMIT;
