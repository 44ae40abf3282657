BEGIN;
--
-- Create index even_verylong_21_idx on field(s) summary of model verylongmodelnameexercisingidentifiertruncation
--
DROP INDEX IF EXISTS "even_verylong_21_idx";
COMMIT;
