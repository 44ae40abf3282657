BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "billing_member" ADD COLUMN "status_id" smallint NOT NULL CONSTRAINT "billing_member_status_id_d95d156e_fk_events_team_t18_id" REFERENCES "events_team_t18"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_member_status_id_d95d156e_fk_events_team_t18_id" IMMEDIATE;
CREATE INDEX "billing_member_status_id_d95d156e" ON "billing_member" ("status_id");
COMMIT;
