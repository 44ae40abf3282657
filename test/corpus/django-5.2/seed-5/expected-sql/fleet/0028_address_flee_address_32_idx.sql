BEGIN;
--
-- Create index flee_address_32_idx on Lower(F(amount)) on model address
--
CREATE INDEX "flee_address_32_idx" ON "fleet_address" ((LOWER("amount"))) WHERE "body" = 100;
COMMIT;
