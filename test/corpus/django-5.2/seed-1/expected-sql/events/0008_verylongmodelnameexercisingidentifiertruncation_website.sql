BEGIN;
--
-- Add field website to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "website_id" integer DEFAULT 1 NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "website_id" DROP DEFAULT;
CREATE INDEX "events_verylongmodelnameex_website_id_4a249dc0" ON "events_verylongmodelnameexercisingidentifiertruncation" ("website_id");
COMMIT;
