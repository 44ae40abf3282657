BEGIN;
--
-- Create constraint fleet_member_uniq24 on model member
--
ALTER TABLE "fleet_member_t2" ADD CONSTRAINT "fleet_member_uniq24" UNIQUE NULLS DISTINCT ("flag");
COMMIT;
