BEGIN;
--
-- Add field notes to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" ADD COLUMN "legacy_notes" integer DEFAULT  -3 NOT NULL;
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" ALTER COLUMN "legacy_notes" DROP DEFAULT;
COMMIT;
