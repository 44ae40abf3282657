BEGIN;
--
-- Create index even_verylong_28_idx on field(s) window, starts of model verylongmodelnameexercisingidentifiertruncation
--
DROP INDEX IF EXISTS "even_verylong_28_idx";
COMMIT;
