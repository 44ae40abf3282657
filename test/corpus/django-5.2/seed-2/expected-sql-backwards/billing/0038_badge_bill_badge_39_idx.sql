BEGIN;
--
-- Create index bill_badge_39_idx on field(s) due, weight, slug of model badge
--
DROP INDEX IF EXISTS "bill_badge_39_idx";
COMMIT;
