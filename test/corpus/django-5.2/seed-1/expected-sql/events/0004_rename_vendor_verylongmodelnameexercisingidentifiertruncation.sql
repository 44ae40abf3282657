BEGIN;
--
-- Rename model Vendor to VeryLongModelNameExercisingIdentifierTruncation
--
ALTER TABLE "events_vendor" RENAME TO "events_verylongmodelnameexercisingidentifiertruncation";
COMMIT;
