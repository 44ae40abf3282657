BEGIN;
--
-- Add field due to ticket
--
ALTER TABLE "blog_ticket_t13" ADD COLUMN "due_id" integer DEFAULT 1 NOT NULL;
ALTER TABLE "blog_ticket_t13" ALTER COLUMN "due_id" DROP DEFAULT;
CREATE INDEX "blog_ticket_t13_due_id_b5d7b25b" ON "blog_ticket_t13" ("due_id");
COMMIT;
