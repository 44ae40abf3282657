BEGIN;
--
-- Create index flee_invoice_8_idx on field(s) code, website of model invoice
--
DROP INDEX IF EXISTS "flee_invoice_8_idx";
--
-- Alter invoice table comment
--
COMMENT ON TABLE "fleet_invoice_t3" IS 'It''s a table';
COMMIT;
