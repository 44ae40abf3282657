BEGIN;
--
-- Alter field payment on address
--
ALTER TABLE "fleet_address" ALTER COLUMN "payment_id" TYPE integer;
COMMENT ON COLUMN "fleet_address"."payment_id" IS 'Owner''s note 5';
COMMIT;
