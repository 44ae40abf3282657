BEGIN;
--
-- Add field zone to order
--
SET CONSTRAINTS "billing_order_Ref_zone_3c66fd51_fk_billing_order_id" IMMEDIATE; ALTER TABLE "billing_order" DROP CONSTRAINT "billing_order_Ref_zone_3c66fd51_fk_billing_order_id";
ALTER TABLE "billing_order" DROP COLUMN "Ref_zone" CASCADE;
COMMIT;
