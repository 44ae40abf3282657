BEGIN;
--
-- Rename model Address to VeryLongModelNameExercisingIdentifierTruncation
--
ALTER TABLE "events_address" RENAME TO "events_verylongmodelnameexercisingidentifiertruncation";
COMMIT;
