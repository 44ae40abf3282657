# --- shop/migrations/max_migration.txt
0002_order_note
