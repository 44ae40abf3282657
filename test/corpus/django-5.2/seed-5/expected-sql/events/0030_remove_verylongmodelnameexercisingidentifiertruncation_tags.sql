BEGIN;
--
-- Remove field tags from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation_t14" DROP COLUMN "tags" CASCADE;
COMMIT;
