BEGIN;
--
-- Remove field uid from team
--
ALTER TABLE "events_team_t18" ADD COLUMN "uid" bigint DEFAULT 10 NOT NULL CHECK ("uid" >= 0);
ALTER TABLE "events_team_t18" ALTER COLUMN "uid" DROP DEFAULT;
CREATE INDEX "events_team_t18_uid_513422ce" ON "events_team_t18" ("uid");
COMMIT;
