BEGIN;
--
-- Remove constraint fleet_member_uniq3 from model member
--
ALTER TABLE "fleet_member_t2" ADD CONSTRAINT "fleet_member_uniq3" UNIQUE ("color") DEFERRABLE INITIALLY IMMEDIATE;
COMMIT;
