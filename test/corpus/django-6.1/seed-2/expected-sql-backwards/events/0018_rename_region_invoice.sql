BEGIN;
--
-- Rename model Region to Invoice
--
ALTER TABLE "events_invoice" RENAME TO "events_region";
COMMIT;
