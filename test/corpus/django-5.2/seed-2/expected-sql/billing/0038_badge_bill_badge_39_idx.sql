BEGIN;
--
-- Create index bill_badge_39_idx on field(s) due, weight, slug of model badge
--
CREATE INDEX "bill_badge_39_idx" ON "billing_badge" ("due_id", "weight", "slug");
COMMIT;
