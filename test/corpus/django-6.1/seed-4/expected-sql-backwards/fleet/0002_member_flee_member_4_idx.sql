BEGIN;
--
-- Create index flee_member_4_idx on field(s) origin, id of model member
--
DROP INDEX IF EXISTS "flee_member_4_idx";
COMMIT;
