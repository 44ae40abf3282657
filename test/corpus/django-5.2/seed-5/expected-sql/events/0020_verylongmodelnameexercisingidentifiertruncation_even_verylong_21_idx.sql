BEGIN;
--
-- Create index even_verylong_21_idx on field(s) summary of model verylongmodelnameexercisingidentifiertruncation
--
CREATE INDEX "even_verylong_21_idx" ON "events_verylongmodelnameexercisingidentifiertruncation_t14" USING gin ("summary");
COMMIT;
