BEGIN;
--
-- Add field status to member
--
SET CONSTRAINTS "billing_member_status_id_d95d156e_fk_events_team_t18_id" IMMEDIATE; ALTER TABLE "billing_member" DROP CONSTRAINT "billing_member_status_id_d95d156e_fk_events_team_t18_id";
ALTER TABLE "billing_member" DROP COLUMN "status_id";
COMMIT;
