# --- migrations.lock
shop: 0001_initial
