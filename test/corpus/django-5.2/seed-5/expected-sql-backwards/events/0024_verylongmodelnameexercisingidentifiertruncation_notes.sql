BEGIN;
--
-- Add field notes to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" DROP COLUMN "legacy_notes" CASCADE;
COMMIT;
