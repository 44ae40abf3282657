BEGIN;
--
-- Add field status to member
--
ALTER TABLE "billing_member" ADD COLUMN "status_id" smallint DEFAULT 1 NOT NULL CONSTRAINT "billing_member_status_id_d95d156e_fk_events_team_t18_id" REFERENCES "events_team_t18"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_member_status_id_d95d156e_fk_events_team_t18_id" IMMEDIATE;
ALTER TABLE "billing_member" ALTER COLUMN "status_id" DROP DEFAULT;
CREATE INDEX "billing_member_status_id_d95d156e" ON "billing_member" ("status_id");
COMMIT;
