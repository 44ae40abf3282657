BEGIN;
--
-- Create constraint crm_verylongmode_uniq22 on model verylongmodelnameexercisingidentifiertruncation
--
ALTER TABLE "crm_verylongmodelnameexercisingidentifiertruncation" ADD CONSTRAINT "crm_verylongmode_uniq22" UNIQUE ("notes") DEFERRABLE INITIALLY IMMEDIATE;
COMMIT;
