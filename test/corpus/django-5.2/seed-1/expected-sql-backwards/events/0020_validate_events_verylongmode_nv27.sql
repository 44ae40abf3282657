BEGIN;
--
-- Validate constraint events_verylongmode_nv27 on model verylongmodelnameexercisingidentifiertruncation
--
-- (no-op)
COMMIT;
