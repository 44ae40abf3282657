BEGIN;
--
-- Create index libr_verylong_27_idx on OpClass(Upper(F(label)), name=text_pattern_ops) on model verylongmodelnameexercisingidentifiertruncation
--
CREATE INDEX "libr_verylong_27_idx" ON "library_verylongmodelnameexercisingidentifiertruncation" ((UPPER("label")) text_pattern_ops);
COMMIT;
