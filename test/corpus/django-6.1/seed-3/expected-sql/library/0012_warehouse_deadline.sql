BEGIN;
--
-- Add field deadline to warehouse
--
ALTER TABLE "library_warehouse" ADD COLUMN "deadline" numeric(10, 0) NULL;
COMMIT;
