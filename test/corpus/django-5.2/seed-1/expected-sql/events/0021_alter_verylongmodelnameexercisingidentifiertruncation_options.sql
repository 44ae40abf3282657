BEGIN;
--
-- Change Meta options on verylongmodelnameexercisingidentifiertruncation
--
-- (no-op)
COMMIT;
