BEGIN;
--
-- Create model Payment
--
DROP TABLE "events_payment" CASCADE;
COMMIT;
