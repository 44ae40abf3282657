BEGIN;
--
-- Create model Warehouse
--
CREATE TABLE "library_warehouse" ("code" varchar(20) NOT NULL PRIMARY KEY, "status" text NULL, "limit" varchar(10) DEFAULT '' NOT NULL, "origin" timestamp with time zone NOT NULL, "title" boolean DEFAULT false NOT NULL, "amount" uuid NOT NULL);
ALTER TABLE "library_warehouse" ADD CONSTRAINT "library_warehouse_chk4" CHECK ("amount" = '12345678123456781234567812345678'::uuid);
CREATE INDEX "library_warehouse_code_7cd93437_like" ON "library_warehouse" ("code" varchar_pattern_ops);
COMMIT;
