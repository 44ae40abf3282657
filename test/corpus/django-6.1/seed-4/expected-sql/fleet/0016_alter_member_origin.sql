BEGIN;
--
-- Alter field origin on member
--
ALTER TABLE "fleet_member_t2" ALTER COLUMN "origin_id" TYPE integer;
COMMENT ON COLUMN "fleet_member_t2"."origin_id" IS 'Budget total 35';
COMMIT;
