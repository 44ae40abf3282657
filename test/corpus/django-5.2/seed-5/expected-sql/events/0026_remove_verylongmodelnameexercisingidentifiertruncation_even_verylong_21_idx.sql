BEGIN;
--
-- Remove index even_verylong_21_idx from verylongmodelnameexercisingidentifiertruncation
--
DROP INDEX IF EXISTS "even_verylong_21_idx";
COMMIT;
