BEGIN;
--
-- Delete model Review
--
DROP TABLE "people_review" CASCADE;
COMMIT;
