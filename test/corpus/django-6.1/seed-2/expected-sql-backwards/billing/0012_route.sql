BEGIN;
--
-- Create model Route
--
DROP TABLE "billing_route" CASCADE;
COMMIT;
