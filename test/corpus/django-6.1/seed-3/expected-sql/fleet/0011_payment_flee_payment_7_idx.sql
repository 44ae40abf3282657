BEGIN;
--
-- Create index flee_payment_7_idx on field(s) version of model payment
--
CREATE INDEX "flee_payment_7_idx" ON "fleet_payment" ("version");
COMMIT;
