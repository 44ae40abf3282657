BEGIN;
--
-- Create index cata_order_5_idx on field(s) due, budget of model order
--
DROP INDEX IF EXISTS "cata_order_5_idx";
COMMIT;
