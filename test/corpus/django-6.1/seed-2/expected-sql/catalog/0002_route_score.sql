BEGIN;
--
-- Add field score to route
--
ALTER TABLE "catalog_route" ADD COLUMN "score" bigint DEFAULT 10 NOT NULL CHECK ("score" >= 0);
COMMENT ON COLUMN "catalog_route"."score" IS 'Заметка';
COMMIT;
