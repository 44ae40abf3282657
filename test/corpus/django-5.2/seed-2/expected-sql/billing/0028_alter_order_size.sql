BEGIN;
--
-- Alter field size on order
--
ALTER TABLE "billing_order" ALTER COLUMN "size" SET DEFAULT  -1;
COMMIT;
