BEGIN;
--
-- Add field total to ticket
--
ALTER TABLE "blog_ticket_t13" ADD COLUMN "total_id" integer DEFAULT 1 NOT NULL;
ALTER TABLE "blog_ticket_t13" ALTER COLUMN "total_id" DROP DEFAULT;
CREATE INDEX "blog_ticket_t13_total_id_f808b860" ON "blog_ticket_t13" ("total_id");
COMMIT;
