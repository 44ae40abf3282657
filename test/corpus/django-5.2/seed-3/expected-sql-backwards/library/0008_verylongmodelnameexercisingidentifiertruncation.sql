BEGIN;
--
-- Create model VeryLongModelNameExercisingIdentifierTruncation
--
DROP TABLE "library_verylongmodelnameexercisingidentifiertruncation" CASCADE;
COMMIT;
