--
-- Concurrently create index bill_book_14_idx on field(s) path of model book
--
CREATE INDEX CONCURRENTLY "bill_book_14_idx" ON "billing_book" USING gist ("path") WITH (buffering = on, fillfactor = 80);
