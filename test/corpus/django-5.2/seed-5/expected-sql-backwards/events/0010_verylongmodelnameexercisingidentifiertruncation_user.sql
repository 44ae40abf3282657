BEGIN;
--
-- Add field user to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "user" CASCADE;
COMMIT;
