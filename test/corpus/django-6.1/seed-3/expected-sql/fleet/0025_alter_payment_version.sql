BEGIN;
--
-- Alter field version on payment
--
ALTER TABLE "fleet_payment" RENAME COLUMN "version" TO "col_version17";
COMMIT;
