BEGIN;
--
-- Rename table for verylongmodelnameexercisingidentifiertruncation to crm_verylongmodelnameexercisingidentifiertruncation_t25
--
ALTER TABLE "crm_verylongmodelnameexercisingidentifiertruncation" RENAME TO "crm_verylongmodelnameexercisingidentifiertruncation_t25";
COMMIT;
