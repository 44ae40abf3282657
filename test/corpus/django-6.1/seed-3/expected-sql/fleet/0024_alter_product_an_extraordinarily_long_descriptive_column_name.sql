BEGIN;
--
-- Alter field an_extraordinarily_long_descriptive_column_name on product
--
-- (no-op)
COMMIT;
