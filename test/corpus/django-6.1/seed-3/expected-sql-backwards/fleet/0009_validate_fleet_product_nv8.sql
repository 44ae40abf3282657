BEGIN;
--
-- Validate constraint fleet_product_nv8 on model product
--
-- (no-op)
COMMIT;
