BEGIN;
--
-- Alter field size on order
--
ALTER TABLE "billing_order" ALTER COLUMN "size" DROP DEFAULT;
COMMIT;
