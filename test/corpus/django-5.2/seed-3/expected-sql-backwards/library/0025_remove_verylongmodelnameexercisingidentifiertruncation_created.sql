BEGIN;
--
-- Remove field created from verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ADD COLUMN "created" numeric(10, 0) NULL;
COMMIT;
