BEGIN;
--
-- Remove field origin from route
--
ALTER TABLE "library_route" ADD COLUMN "origin" timestamp with time zone DEFAULT '2024-02-29 23:59:59+00:00'::timestamptz NOT NULL;
ALTER TABLE "library_route" ALTER COLUMN "origin" DROP DEFAULT;
COMMIT;
