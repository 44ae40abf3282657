BEGIN;
--
-- Create model Note
--
CREATE TABLE "crm_note" ("code" varchar(20) NOT NULL PRIMARY KEY, "closed" timestamp with time zone NULL);
CREATE INDEX "crm_note_code_ca4e00d1_like" ON "crm_note" ("code" varchar_pattern_ops);
COMMIT;
