BEGIN;
--
-- Alter field starts on verylongmodelnameexercisingidentifiertruncation
--
-- (no-op)
COMMIT;
