BEGIN;
--
-- Add field user to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "user" varchar(10) DEFAULT 'n/a' NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "user" DROP DEFAULT;
COMMIT;
