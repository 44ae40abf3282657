BEGIN;
--
-- Add field an_extraordinarily_long_descriptive_column_name to note
--
ALTER TABLE "crm_note" ADD COLUMN "an_extraordinarily_long_descriptive_column_name_id" varchar(20) NULL CONSTRAINT "crm_note_an_extraordinarily_l_6704ca86_fk_crm_note_" REFERENCES "crm_note"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "crm_note_an_extraordinarily_l_6704ca86_fk_crm_note_" IMMEDIATE;
CREATE INDEX "crm_note_an_extraordinarily_long_de_6704ca86" ON "crm_note" ("an_extraordinarily_long_descriptive_column_name_id");
CREATE INDEX "crm_note_an_extraordinarily_long__6704ca86_like" ON "crm_note" ("an_extraordinarily_long_descriptive_column_name_id" varchar_pattern_ops);
COMMIT;
