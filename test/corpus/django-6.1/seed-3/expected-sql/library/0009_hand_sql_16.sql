BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_16 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_16_label ON hand_aux_16 (label);
COMMIT;
