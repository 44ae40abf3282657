BEGIN;
--
-- Add field flag to payment
--
ALTER TABLE "fleet_payment" ADD COLUMN "flag" jsonb DEFAULT '{"k": 1}'::jsonb NOT NULL;
ALTER TABLE "fleet_payment" ALTER COLUMN "flag" DROP DEFAULT;
COMMENT ON COLUMN "fleet_payment"."flag" IS 'It''s the amount';
COMMIT;
