--
-- Concurrently remove index flee_payment_7_idx from payment
--
CREATE INDEX CONCURRENTLY "flee_payment_7_idx" ON "fleet_payment" ("version");
