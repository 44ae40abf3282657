BEGIN;
--
-- Create index flee_member_8_idx on field(s) origin of model member
--
DROP INDEX IF EXISTS "flee_member_8_idx";
COMMIT;
