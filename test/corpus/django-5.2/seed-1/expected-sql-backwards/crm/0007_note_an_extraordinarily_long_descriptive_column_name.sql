BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to note
--
SET CONSTRAINTS "crm_note_an_extraordinarily_l_6704ca86_fk_crm_note_" IMMEDIATE; ALTER TABLE "crm_note" DROP CONSTRAINT "crm_note_an_extraordinarily_l_6704ca86_fk_crm_note_";
ALTER TABLE "crm_note" DROP COLUMN "an_extraordinarily_long_descriptive_column_name_id" CASCADE;
COMMIT;
