BEGIN;
--
-- Create index crm_review_35_idx on OrderBy(Upper(F(ratio)), descending=True) on model review
--
CREATE INDEX "crm_review_35_idx" ON "crm_review" ((UPPER("ratio")) DESC);
COMMIT;
