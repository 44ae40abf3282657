--
-- Concurrently remove index flee_payment_7_idx from payment
--
DROP INDEX CONCURRENTLY IF EXISTS "flee_payment_7_idx";
