BEGIN;
--
-- Rename model Vendor to VeryLongModelNameExercisingIdentifierTruncation
--
ALTER TABLE "events_verylongmodelnameexercisingidentifiertruncation" RENAME TO "events_vendor";
COMMIT;
