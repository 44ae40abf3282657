BEGIN;
--
-- Create index crm_note_7_idx on field(s) starts of model note
--
DROP INDEX IF EXISTS "crm_note_7_idx";
COMMIT;
