BEGIN;
--
-- Add field price to payment
--
ALTER TABLE "fleet_payment" ADD COLUMN "price" boolean DEFAULT false NOT NULL;
ALTER TABLE "fleet_payment" ALTER COLUMN "price" DROP DEFAULT;
COMMENT ON COLUMN "fleet_payment"."price" IS 'It''s the amount';
COMMIT;
