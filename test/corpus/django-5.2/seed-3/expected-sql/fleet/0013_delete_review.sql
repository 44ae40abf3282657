BEGIN;
--
-- Delete model Review
--
DROP TABLE "fleet_review" CASCADE;
COMMIT;
