BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_16_label;
DROP TABLE hand_aux_16;
COMMIT;
