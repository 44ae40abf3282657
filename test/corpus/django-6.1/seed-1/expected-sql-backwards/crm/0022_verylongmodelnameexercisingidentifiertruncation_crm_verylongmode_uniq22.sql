BEGIN;
--
-- Create constraint crm_verylongmode_uniq22 on model verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "crm_verylongmodelnameexercisingidentifiertruncation" DROP CONSTRAINT "crm_verylongmode_uniq22";
COMMIT;
