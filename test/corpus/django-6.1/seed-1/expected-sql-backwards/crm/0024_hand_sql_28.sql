BEGIN;
--
-- Raw SQL operation
--
COMMENT ON TABLE "crm_verylongmodelnameexercisingidentifiertruncation_t25" IS NULL;
COMMIT;
