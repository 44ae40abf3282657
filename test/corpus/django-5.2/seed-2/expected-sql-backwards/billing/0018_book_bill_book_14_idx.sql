--
-- Concurrently create index bill_book_14_idx on field(s) path of model book
--
DROP INDEX CONCURRENTLY IF EXISTS "bill_book_14_idx";
