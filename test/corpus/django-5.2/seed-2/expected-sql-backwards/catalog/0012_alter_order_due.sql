BEGIN;
--
-- Alter field due on order
--
ALTER TABLE "catalog_order" ALTER COLUMN "due" TYPE uuid;
COMMENT ON COLUMN "catalog_order"."due" IS 'It''s the amount';
COMMIT;
