BEGIN;
--
-- Remove field code from team
--
ALTER TABLE "events_team_t27" ADD COLUMN "code" text COLLATE "POSIX" NOT NULL;
--
-- Alter field size on team
--
ALTER TABLE "events_size_m2m34" RENAME TO "events_team_t27_size";
--
-- Remove index even_team_32_idx from team
--
CREATE INDEX "even_team_32_idx" ON "events_team_t27" ("code");
COMMIT;
