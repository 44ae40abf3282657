BEGIN;
--
-- Alter invoice table comment
--
COMMENT ON TABLE "fleet_invoice_t3" IS 'Orders table v7';
--
-- Create index flee_invoice_8_idx on field(s) code, website of model invoice
--
CREATE INDEX "flee_invoice_8_idx" ON "fleet_invoice_t3" ("code", "website");
COMMIT;
