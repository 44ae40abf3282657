BEGIN;
--
-- Create model Product
--
CREATE TABLE "catalog_product" ("active" bigint NOT NULL, "closed" date NOT NULL, "status" text NOT NULL, "weight" time NOT NULL, "flag_id" bigint NOT NULL UNIQUE, PRIMARY KEY ("active", "closed"));
COMMIT;
