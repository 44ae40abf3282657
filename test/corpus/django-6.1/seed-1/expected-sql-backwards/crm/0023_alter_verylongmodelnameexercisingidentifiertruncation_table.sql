BEGIN;
--
-- Rename table for verylongmodelnameexercisingidentifiertruncation to crm_verylongmodelnameexercisingidentifiertruncation_t25
--
ALTER TABLE "crm_verylongmodelnameexercisingidentifiertruncation_t25" RENAME TO "crm_verylongmodelnameexercisingidentifiertruncation";
COMMIT;
