BEGIN;
--
-- Add field email to member
--
ALTER TABLE "fleet_member_t2" ADD COLUMN "email" numeric(5, 2) DEFAULT 1.55 NOT NULL;
ALTER TABLE "fleet_member_t2" ALTER COLUMN "email" DROP DEFAULT;
COMMIT;
