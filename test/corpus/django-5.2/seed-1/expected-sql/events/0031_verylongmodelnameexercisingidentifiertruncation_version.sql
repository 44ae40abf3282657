BEGIN;
--
-- Add field version to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "version" integer DEFAULT 100 NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "version" DROP DEFAULT;
COMMIT;
