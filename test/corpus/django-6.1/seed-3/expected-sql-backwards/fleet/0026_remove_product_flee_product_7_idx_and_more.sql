BEGIN;
--
-- Remove field active from product
--
ALTER TABLE "fleet_product_t4" ADD COLUMN "active" double precision NOT NULL UNIQUE;
--
-- Remove index flee_product_7_idx from product
--
CREATE INDEX "flee_product_7_idx" ON "fleet_product_t4" ("active") WHERE "id" BETWEEN  -10 AND 1000;
COMMIT;
