BEGIN;
--
-- Remove index even_verylong_21_idx from verylongmodelnameexercisingidentifiertruncation
--
CREATE INDEX "even_verylong_21_idx" ON "events_verylongmodelnameexercisingidentifiertruncation_t14" USING gin ("summary");
COMMIT;
