BEGIN;
--
-- Create index flee_address_32_idx on Lower(F(amount)) on model address
--
DROP INDEX IF EXISTS "flee_address_32_idx";
COMMIT;
