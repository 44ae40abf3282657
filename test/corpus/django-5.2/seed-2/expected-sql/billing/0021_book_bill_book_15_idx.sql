BEGIN;
--
-- Create index bill_book_15_idx on field(s) path of model book
--
CREATE INDEX "bill_book_15_idx" ON "billing_book" ("path") INCLUDE ("city");
COMMIT;
