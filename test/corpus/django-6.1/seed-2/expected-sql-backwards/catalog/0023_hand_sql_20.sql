BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_20_label;
DROP TABLE hand_aux_20;
COMMIT;
