BEGIN;
--
-- Rename table for verylongmodelnameexercisingidentifiertruncation to events_verylongmodelnameexercisingidentifiertruncation_t14
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" RENAME TO "events_verylongmodelnameexercisingidentifiertruncation_t14";
COMMIT;
