BEGIN;
--
-- Create model Author
--
CREATE TABLE "events_author" ("summary" varchar(20) NOT NULL, "origin" integer NOT NULL, "slug" varchar(16)[] NULL, "body" jsonb NULL, PRIMARY KEY ("summary", "origin"));
COMMENT ON COLUMN "events_author"."slug" IS 'Primary contact';
ALTER TABLE "events_author" ADD CONSTRAINT "events_author_summary_origin_e0c1e2e9_uniq" UNIQUE ("summary", "origin");
COMMIT;
