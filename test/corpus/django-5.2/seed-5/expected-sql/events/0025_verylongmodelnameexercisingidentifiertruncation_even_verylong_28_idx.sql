BEGIN;
--
-- Create index even_verylong_28_idx on field(s) window, starts of model verylongmodelnameexercisingidentifiertruncation
--
CREATE INDEX "even_verylong_28_idx" ON "events_verylongmodelnameexercisingidentifiertruncation_t14" ("window", "starts");
COMMIT;
