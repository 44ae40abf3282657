BEGIN;
--
-- Add field phone to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" DROP COLUMN "phone" CASCADE;
COMMIT;
