BEGIN;
--
-- Create model Member
--
DROP TABLE "fleet_member_t2" CASCADE;
COMMIT;
