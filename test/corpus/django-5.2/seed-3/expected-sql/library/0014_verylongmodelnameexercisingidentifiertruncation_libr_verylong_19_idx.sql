BEGIN;
--
-- Custom state/database change combination
--
CREATE INDEX "libr_verylong_19_idx" ON "library_verylongmodelnameexercisingidentifiertruncation" USING gin ("id");
COMMIT;
