BEGIN;
--
-- Create index libr_verylong_27_idx on OpClass(Upper(F(label)), name=text_pattern_ops) on model verylongmodelnameexercisingidentifiertruncation
--
DROP INDEX IF EXISTS "libr_verylong_27_idx";
COMMIT;
