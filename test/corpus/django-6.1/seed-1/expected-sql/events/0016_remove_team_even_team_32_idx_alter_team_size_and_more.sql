BEGIN;
--
-- Remove index even_team_32_idx from team
--
DROP INDEX IF EXISTS "even_team_32_idx";
--
-- Alter field size on team
--
ALTER TABLE "events_team_t27_size" RENAME TO "events_size_m2m34";
--
-- Remove field code from team
--
ALTER TABLE "events_team_t27" DROP COLUMN "code";
COMMIT;
