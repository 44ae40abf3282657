BEGIN;
--
-- Create model VeryLongModelNameExercisingIdentifierTruncation
--
DROP TABLE "crm_verylongmodelnameexercisingidentifiertruncation" CASCADE;
COMMIT;
