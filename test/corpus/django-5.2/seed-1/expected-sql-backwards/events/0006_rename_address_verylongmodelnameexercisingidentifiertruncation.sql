BEGIN;
--
-- Rename model Address to VeryLongModelNameExercisingIdentifierTruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" RENAME TO "events_address";
COMMIT;
