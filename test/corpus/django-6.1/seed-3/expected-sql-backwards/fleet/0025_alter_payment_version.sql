BEGIN;
--
-- Alter field version on payment
--
ALTER TABLE "fleet_payment" RENAME COLUMN "col_version17" TO "version";
COMMIT;
