BEGIN;
--
-- Create model Review
--
DROP TABLE "people_review" CASCADE;
COMMIT;
