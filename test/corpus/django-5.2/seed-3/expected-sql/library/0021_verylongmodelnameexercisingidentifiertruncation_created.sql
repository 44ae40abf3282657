BEGIN;
--
-- Add field created to verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "created" numeric(10, 0) NULL;
COMMIT;
