BEGIN;
--
-- Alter route table comment
--
COMMENT ON TABLE "catalog_route" IS 'It''s a table';
COMMIT;
