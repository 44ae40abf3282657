BEGIN;
--
-- Add field website to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "website" CASCADE;
COMMIT;
