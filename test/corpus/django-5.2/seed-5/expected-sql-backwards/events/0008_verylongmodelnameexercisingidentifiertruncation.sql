BEGIN;
--
-- Create model VeryLongModelNameExercisingIdentifierTruncation
--
DROP TABLE "events_verylongmodelnameexercisingidentifiertruncation" CASCADE;
COMMIT;
