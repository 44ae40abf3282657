BEGIN;
--
-- Alter field color on member
--
DROP INDEX IF EXISTS "fleet_member_t2_color_b1760fd4";
COMMIT;
