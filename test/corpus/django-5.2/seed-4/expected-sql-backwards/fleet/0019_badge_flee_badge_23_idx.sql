BEGIN;
--
-- Create index flee_badge_23_idx on field(s) position of model badge
--
DROP INDEX IF EXISTS "flee_badge_23_idx";
COMMIT;
