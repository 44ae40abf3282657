BEGIN;
--
-- Rename index even_team_1_idx on team to even_team_6_ren
--
ALTER INDEX "even_team_6_ren" RENAME TO "even_team_1_idx";
COMMIT;
