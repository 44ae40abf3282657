BEGIN;
--
-- Alter unique_together for warehouse (1 constraint(s))
--
ALTER TABLE "library_warehouse" ADD CONSTRAINT "library_warehouse_origin_limit_cd15a84d_uniq" UNIQUE ("origin", "limit");
COMMIT;
