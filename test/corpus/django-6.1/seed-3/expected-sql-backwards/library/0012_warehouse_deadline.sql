BEGIN;
--
-- Add field deadline to warehouse
--
ALTER TABLE "library_warehouse" DROP COLUMN "deadline";
COMMIT;
