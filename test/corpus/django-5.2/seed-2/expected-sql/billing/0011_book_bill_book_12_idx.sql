BEGIN;
--
-- Create index bill_book_12_idx on field(s) city of model book
--
CREATE INDEX "bill_book_12_idx" ON "billing_book" ("city" varchar_pattern_ops);
COMMIT;
