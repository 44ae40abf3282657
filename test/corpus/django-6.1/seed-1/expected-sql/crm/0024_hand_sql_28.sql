BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "crm_verylongmodelnameexercisingidentifiertruncation_t25" IS 'touched by hand 28';
COMMIT;
