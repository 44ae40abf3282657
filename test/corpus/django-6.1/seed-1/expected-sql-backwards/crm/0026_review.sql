BEGIN;
--
-- Create model Review
--
DROP TABLE "crm_review" CASCADE;
COMMIT;
