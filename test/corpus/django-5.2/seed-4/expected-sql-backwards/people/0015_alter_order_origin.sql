BEGIN;
--
-- Alter field origin on order
--
DROP INDEX IF EXISTS "people_order_origin_d882a60d";
DROP INDEX IF EXISTS "people_order_origin_d882a60d_like";
ALTER TABLE "people_order" ALTER COLUMN "origin" TYPE varchar(200), ALTER COLUMN "origin" SET DEFAULT (UPPER('x'));
COMMIT;
