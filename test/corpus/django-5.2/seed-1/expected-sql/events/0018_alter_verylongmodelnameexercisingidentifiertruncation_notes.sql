BEGIN;
--
-- Alter field notes on verylongmodelnameexercisingidentifiertruncation
--
-- (no-op)
COMMIT;
