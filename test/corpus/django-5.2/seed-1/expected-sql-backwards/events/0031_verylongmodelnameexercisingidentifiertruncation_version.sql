BEGIN;
--
-- Add field version to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "version" CASCADE;
COMMIT;
