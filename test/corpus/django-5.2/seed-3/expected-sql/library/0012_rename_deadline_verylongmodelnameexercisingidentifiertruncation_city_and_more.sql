BEGIN;
--
-- Rename field deadline on verylongmodelnameexercisingidentifiertruncation to city
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" RENAME COLUMN "deadline" TO "city";
--
-- Alter field id on verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "library_verylongmodelnameexercisingidentifiertruncation" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "library_verylongmodelnameexercisingidentifiertruncation_id_seq" CASCADE;
COMMIT;
