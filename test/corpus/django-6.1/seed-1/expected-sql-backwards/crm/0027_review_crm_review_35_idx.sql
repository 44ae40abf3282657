BEGIN;
--
-- Create index crm_review_35_idx on OrderBy(Upper(F(ratio)), descending=True) on model review
--
DROP INDEX IF EXISTS "crm_review_35_idx";
COMMIT;
