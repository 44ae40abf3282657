BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_15_label;
DROP TABLE hand_aux_15;
COMMIT;
