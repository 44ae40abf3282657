BEGIN;
--
-- Custom state/database change combination
--
CREATE INDEX "libr_verylong_17_idx" ON "library_verylongmodelnameexercisingidentifiertruncation" ("status");
COMMIT;
