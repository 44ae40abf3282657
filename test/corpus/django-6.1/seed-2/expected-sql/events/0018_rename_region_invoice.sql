BEGIN;
--
-- Rename model Region to Invoice
--
ALTER TABLE "events_region" RENAME TO "events_invoice";
COMMIT;
