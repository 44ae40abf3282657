BEGIN;
--
-- Create index crm_note_7_idx on field(s) starts of model note
--
CREATE INDEX "crm_note_7_idx" ON "crm_note" ("starts") WHERE "starts" BETWEEN  -10 AND 1000;
COMMIT;
