BEGIN;
--
-- Create model Review
--
DROP TABLE "fleet_review" CASCADE;
--
-- Alter field flag on payment
--
ALTER TABLE "fleet_payment" ALTER COLUMN "flag" SET NOT NULL;
COMMIT;
