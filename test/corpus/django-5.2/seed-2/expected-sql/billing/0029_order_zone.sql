BEGIN;
--
-- Add field zone to order
--
ALTER TABLE "billing_order" ADD COLUMN "Ref_zone" integer DEFAULT  -3 NOT NULL CONSTRAINT "billing_order_Ref_zone_3c66fd51_fk_billing_order_id" REFERENCES "billing_order"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "billing_order_Ref_zone_3c66fd51_fk_billing_order_id" IMMEDIATE;
ALTER TABLE "billing_order" ALTER COLUMN "Ref_zone" DROP DEFAULT;
CREATE INDEX "billing_order_Ref_zone_3c66fd51" ON "billing_order" ("Ref_zone");
COMMIT;
