BEGIN;
--
-- Add field count to order
--
ALTER TABLE "billing_order" ADD COLUMN "count" varchar(255) DEFAULT 'naïve' NOT NULL;
ALTER TABLE "billing_order" ALTER COLUMN "count" DROP DEFAULT;
COMMIT;
