BEGIN;
--
-- Add field deadline to team
--
ALTER TABLE "fleet_team" ADD COLUMN "deadline" smallint DEFAULT  -3 NOT NULL;
ALTER TABLE "fleet_team" ALTER COLUMN "deadline" DROP DEFAULT;
COMMENT ON COLUMN "fleet_team"."deadline" IS 'Заметка';
COMMIT;
